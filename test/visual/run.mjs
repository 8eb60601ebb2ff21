// `npm run test:visual [-- --update] [-- --test-name-pattern=demo]`: runs the reference
// screenshots with Node's test runner; `--update` (or VROP_VISUAL_UPDATE=1) rewrites the
// references instead of comparing; other flags go to `node --test` (a pattern picks a few).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const update = process.argv.includes('--update') || process.env.VROP_VISUAL_UPDATE === '1';
const test = fileURLToPath(new URL('./visual.test.mjs', import.meta.url));
const flags = process.argv.slice(2).filter((arg) => arg !== '--update');
const { status } = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...flags, test], {
  stdio: 'inherit',
  env: { ...process.env, VROP_VISUAL_UPDATE: update ? '1' : '' },
});
process.exit(status ?? 1);
