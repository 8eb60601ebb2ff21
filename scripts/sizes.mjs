// Sizes and the SRI hash of a built file: what the build prints and the size budget checks.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The `integrity` attribute's value for these bytes. */
export const sriHash = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

export function measure(code) {
  const bytes = Buffer.from(code);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).length,
    integrity: sriHash(bytes),
  };
}

export const kib = (n) => `${(n / 1024).toFixed(2)} KiB`;

export function describe(name, m) {
  return `${name}: ${kib(m.min)} min, ${kib(m.gzip)} gzip, ${kib(m.brotli)} brotli\n  integrity="${m.integrity}"`;
}
