// Fails when the recommended bundle grows past its budget (brotli bytes, as served).
import { readFileSync } from 'node:fs';
import { describe, kib, measure } from './sizes.mjs';

// The target is 12 KiB brotli for the whole library, and it is not met: Lit's own floor is 4.9 KiB,
// the organisation's texts in English and Spanish about 2.3 KiB, the data-file loader and its
// checks about 1.3 KiB, and the contact widget with its form 2.7 KiB (BENCHMARKS.md has the parts,
// measured through the source map). Since then: the plain <div data-vrop> form for sanitizing
// editors (0.26 KiB), vrop-link-click (0.18), the accessibility fixes (0.17) and the hardening of
// the data file, timeout and adoption (0.26), the designer's pass (0.50: hover, pressed and sent
// states, one primary action, balanced stats columns) and the built-in data split per widget so
// that each npm subpath carries only its own content (0.10). Until the target is met the budget
// is the measured size (17.25 KiB) plus a little headroom, so it still catches regressions.
const BUDGETS = { 'dist/vrop-widgets.js': 17.5 * 1024 };

let over = false;
for (const [file, budget] of Object.entries(BUDGETS)) {
  const m = measure(readFileSync(file));
  console.log(describe(file, m));
  const verdict = m.brotli <= budget ? 'within' : 'OVER';
  console.log(`  budget ${kib(budget)} brotli: ${verdict} (${kib(budget - m.brotli)} left)`);
  over ||= m.brotli > budget;
}
process.exit(over ? 1 : 0);
