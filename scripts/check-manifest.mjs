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
const pretty = (text) => JSON.stringify(JSON.parse(text), null, 2).split('\n');
const [freshLines, committedLines] = [pretty(fresh), pretty(committed)];
const first = freshLines.findIndex((line, i) => line !== committedLines[i]);
if (first !== -1 || freshLines.length !== committedLines.length) {
  console.error('custom-elements.json is stale: run "npm run analyze" and commit the result.');
  const at = first === -1 ? Math.min(freshLines.length, committedLines.length) : first;
  console.error(`First difference at line ${at + 1}:\n  committed: ${committedLines[at]}\n  from src:  ${freshLines[at]}`);
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
