// The one place that installs programs: `node scripts/ensure-tools.mjs chromium nginx apache
// wordpress firefox webkit chromedriver`. `npm test`, `npm run bench` and .ci/run call it. On a
// Debian machine as root it installs what is missing with apt-get (CI's fresh machines); anywhere
// else it says how. Chromium and the browser engines are
// required; without a web server or WordPress only the tests that need it are skipped, except in
// CI, where every test must run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HOW_TO_INSTALL, findChrome } from './find-chrome.mjs';

const all = (...paths) => () => paths.every((path) => existsSync(path));

const TOOLS = {
  chromium: { found: () => Boolean(findChrome()), debian: 'chromium', required: true },
  // For tachometer in `npm run bench`; CHROMEDRIVER_FILEPATH names another.
  chromedriver: { found: all(process.env.CHROMEDRIVER_FILEPATH ?? '/usr/bin/chromedriver'), debian: 'chromium-driver', required: true },
  firefox: { found: all('/usr/bin/firefox-esr'), debian: 'firefox-esr', required: true },
  webkit: { found: all('/usr/bin/WebKitWebDriver', '/usr/bin/xvfb-run'), debian: 'webkit2gtk-driver xvfb xauth', required: true },
  nginx: { found: all('/usr/sbin/nginx'), debian: 'nginx-light' },
  apache: { found: all('/usr/sbin/apache2'), debian: 'apache2' },
  // WordPress's own HTML filter (KSES), run with PHP for the sanitizer tests.
  wordpress: { found: all('/usr/share/wordpress/wp-includes/kses.php', '/usr/bin/php'), debian: 'wordpress php-cli' },
};

/** Installs what `names` lack where it can; returns false when a required one is still missing. */
export function ensureTools(names, { hint = '' } = {}) {
  const unknown = names.filter((name) => !TOOLS[name]);
  if (unknown.length) throw new Error(`ensure-tools: unknown ${unknown.join(', ')}; known: ${Object.keys(TOOLS).join(', ')}`);
  const missing = () => names.filter((name) => !TOOLS[name].found());
  if (missing().length && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    const packages = missing().map((name) => TOOLS[name].debian);
    console.log(`Installing Debian's ${packages.join(', ')} with apt-get…`);
    // --no-install-recommends: wordpress would otherwise bring a database server.
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`, {
      stdio: 'inherit',
    });
  }
  let ok = true;
  for (const name of missing()) {
    const { debian, required } = TOOLS[name];
    if (name === 'chromium') console.error(HOW_TO_INSTALL);
    else console.error(`${name} is not installed (Debian/Ubuntu: sudo apt-get install ${debian}): the tests that need it are ${required || process.env.CI ? 'required' : 'skipped'}.${hint}`);
    if (required || process.env.CI) ok = false;
  }
  return ok;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(ensureTools(process.argv.slice(2)) ? 0 : 1);
}
