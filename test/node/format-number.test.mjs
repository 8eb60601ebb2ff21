// The stats widget formats numbers by hand (Intl's first formatter costs a page ~40 ms); what a
// visitor reads must still be exactly what Intl writes for en-US and es-US.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatNumber } from '../../lib/stats/format-number.js';

const WHOLE = [0, 7, 42, 999, 1000, 1971, 6300, 12_345, 999_999, 1_000_000, 2_200_000, 123_456_789, 6300.4, 6300.5];
const MILLIONS = [0, 0.05, 0.3, 1, 2.2, 2.25, 2.249, 9.96, 12.04, 999.95, 1234.5];

describe('formatNumber agrees with Intl.NumberFormat', () => {
  for (const locale of ['en-US', 'es-US']) {
    it(`counts, grouped (${locale})`, () => {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
      for (const n of WHOLE) assert.equal(formatNumber(n), intl.format(n), String(n));
    });
    it(`years, not grouped (${locale})`, () => {
      const intl = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 });
      for (const n of WHOLE) assert.equal(formatNumber(n, 0, false), intl.format(n), String(n));
    });
    it(`millions, one fraction digit (${locale})`, () => {
      const intl = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      for (const n of MILLIONS) assert.equal(formatNumber(n, 1), intl.format(n), String(n));
    });
  }
});
