// Sizes and the SRI hash of a built file: what the build prints and the size budget checks.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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

/**
 * The release files a widget's module needs beside the module script's entry in `dir`
 * (`vrop-stats-<hash>.js`, and a file it shares with another widget), as the entry itself names
 * them: the list with their hashes that the build wrote into it (scripts/chunk-integrity.mjs).
 */
export function widgetFiles(dir, tag, entry = 'vrop-widgets.js') {
  const literal = readFileSync(`${dir}/${entry}`, 'utf8').match(/"\{\\"vrop-(?:[^"\\]|\\.)*"/)?.[0];
  const files = literal && JSON.parse(JSON.parse(literal))[tag];
  if (!files) throw new Error(`${dir}/${entry} names no files for <${tag}>`);
  return files.map(([file]) => file);
}

/**
 * What a page showing each widget fetches from `dir` (a built release folder) with the module
 * script: its entry and the widget's files; and a page showing all of them. Brotli bytes, each
 * file alone, as sent.
 */
export function pageLoads(dir, tags, entry = 'vrop-widgets.js') {
  const brotli = new Map();
  const sizeOf = (file) => {
    if (!brotli.has(file)) brotli.set(file, measure(readFileSync(`${dir}/${file}`)).brotli);
    return brotli.get(file);
  };
  const page = (label, files) => ({ page: label, files: [entry, ...files], brotli: [entry, ...files].reduce((sum, file) => sum + sizeOf(file), 0) });
  const pages = tags.map((tag) => page(`<${tag}>`, widgetFiles(dir, tag, entry)));
  pages.push(page('all of them', new Set(pages.flatMap(({ files }) => files.slice(1)))));
  return pages;
}
