// Fails when the recommended bundle grows past its budget (brotli bytes, as served).
import { readFileSync } from 'node:fs';
import { describe, kib, measure } from './sizes.mjs';

// The target is 12 KiB brotli for the whole library. Lit alone is 5.2 KiB, the bilingual texts
// 2.4 KiB and the data-file validator 1.2 KiB, so four widgets do not fit yet: the budget is the
// measured size plus a little headroom, to catch regressions, until the target is met.
const BUDGETS = { 'dist/vrop-widgets.js': 13 * 1024 };

let over = false;
for (const [file, budget] of Object.entries(BUDGETS)) {
  const m = measure(readFileSync(file));
  console.log(describe(file, m));
  const verdict = m.brotli <= budget ? 'within' : 'OVER';
  console.log(`  budget ${kib(budget)} brotli: ${verdict} (${kib(budget - m.brotli)} left)`);
  over ||= m.brotli > budget;
}
process.exit(over ? 1 : 0);
