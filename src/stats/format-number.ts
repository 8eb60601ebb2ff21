/**
 * A number, 0 or more (the data validator rejects negatives), as both en-US and es-US write it
 * (they agree: "6,300", "2.2"): thousands grouped with commas, a fixed count of fraction digits.
 *
 * Hand-written instead of `Intl.NumberFormat` because the first formatter a page creates loads
 * ICU's number data: about 40 ms of main-thread time in a profile of the benchmark page, more
 * than the four widgets' whole render. test/node/format-number.test.mjs holds it to Intl's output.
 */
export function formatNumber(value: number, fractionDigits = 0, grouping = true): string {
  const [whole, fraction] = value.toFixed(fractionDigits).split('.');
  return (grouping ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole) + (fraction ? `.${fraction}` : '');
}
