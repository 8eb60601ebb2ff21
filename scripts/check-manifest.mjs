// Fails when custom-elements.json is stale (the JSDoc changed but `npm run analyze` was not run)
// or when src/shared/version.ts disagrees with package.json.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer writes below the working directory whatever --outdir says.
const outdir = 'node_modules/.cache/cem-check';
rmSync(outdir, { recursive: true, force: true });
execFileSync('node_modules/.bin/cem', ['analyze', '--outdir', outdir], { stdio: 'ignore' });
const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
const committed = readFileSync('custom-elements.json', 'utf8');

let failed = false;
if (JSON.stringify(JSON.parse(fresh)) !== JSON.stringify(JSON.parse(committed))) {
  console.error('custom-elements.json is stale: run "npm run analyze" and commit the result.');
  failed = true;
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const source = readFileSync('src/shared/version.ts', 'utf8');
if (!source.includes(`'${version}'`)) {
  console.error(`src/shared/version.ts does not say '${version}' (package.json's version).`);
  failed = true;
}
if (!failed) console.log('custom-elements.json is current; version.ts matches package.json.');
process.exit(failed ? 1 : 0);
