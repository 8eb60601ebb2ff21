// `npm run test:visual [-- --update]`: runs the reference screenshots with Node's test runner;
// `--update` (or VROP_VISUAL_UPDATE=1) rewrites the references instead of comparing.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const update = process.argv.includes('--update') || process.env.VROP_VISUAL_UPDATE === '1';
const test = fileURLToPath(new URL('./visual.test.mjs', import.meta.url));
const { status } = spawnSync(process.execPath, ['--test', '--test-concurrency=1', test], {
  stdio: 'inherit',
  env: { ...process.env, VROP_VISUAL_UPDATE: update ? '1' : '' },
});
process.exit(status ?? 1);
