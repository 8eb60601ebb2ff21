// Makes sure the programs a test run needs exist: `node scripts/ensure-tools.mjs chromium nginx apache wordpress`.
// On a Debian machine as root it installs what is missing with apt-get (CI's fresh machines);
// anywhere else it says how. Without Chromium nothing can run; without a web server only the
// tests against that server are skipped, except in CI, where every test must run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { HOW_TO_INSTALL, findChrome } from './find-chrome.mjs';

const TOOLS = {
  chromium: { found: () => Boolean(findChrome()), debian: 'chromium', required: true },
  nginx: { found: () => existsSync('/usr/sbin/nginx'), debian: 'nginx-light' },
  apache: { found: () => existsSync('/usr/sbin/apache2'), debian: 'apache2' },
  // WordPress's own HTML filter (KSES), run with PHP for the sanitizer tests.
  wordpress: { found: () => existsSync('/usr/share/wordpress/wp-includes/kses.php') && existsSync('/usr/bin/php'), debian: 'wordpress php-cli' },
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !TOOLS[name]);
if (unknown.length) throw new Error(`ensure-tools: unknown ${unknown.join(', ')}; known: ${Object.keys(TOOLS).join(', ')}`);

const missing = () => wanted.filter((name) => !TOOLS[name].found());
if (missing().length && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  const packages = missing().map((name) => TOOLS[name].debian);
  console.log(`Installing Debian's ${packages.join(', ')} with apt-get…`);
  // --no-install-recommends: wordpress would otherwise bring a database server.
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`, {
    stdio: 'inherit',
  });
}

let failed = false;
for (const name of missing()) {
  const { debian, required } = TOOLS[name];
  if (name === 'chromium') console.error(HOW_TO_INSTALL);
  else console.error(`${name} is not installed (Debian/Ubuntu: sudo apt-get install ${debian}): the tests against it are ${required || process.env.CI ? 'required' : 'skipped'}.`);
  failed ||= required || Boolean(process.env.CI);
}
process.exit(failed ? 1 : 0);
