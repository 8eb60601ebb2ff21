// Fails when the recommended bundle grows past its budget (brotli bytes, as served).
import { readFileSync } from 'node:fs';
import { describe, kib, measure } from './sizes.mjs';

const BUDGETS = { 'dist/vrop-widgets.js': 12 * 1024 };

let over = false;
for (const [file, budget] of Object.entries(BUDGETS)) {
  const m = measure(readFileSync(file));
  console.log(describe(file, m));
  const verdict = m.brotli <= budget ? 'within' : 'OVER';
  console.log(`  budget ${kib(budget)} brotli: ${verdict} (${kib(budget - m.brotli)} left)`);
  over ||= m.brotli > budget;
}
process.exit(over ? 1 : 0);
