import { DEFAULT_DATA } from './defaults.js';
import { DATA_SPEC, SECTIONS } from './spec.js';
import type { VropData } from './types.js';
import { validate } from './validate.js';

/** The largest data file the widgets use, in bytes as sent (UTF-8), not in characters. */
export const MAX_DATA_BYTES = 256 * 1024;

/** Why a data file's content cannot be used. */
export type DataFileProblem = 'too-large' | 'not-json' | 'version' | 'invalid';

/** A data file's verdict: the data to render, or why not, each problem with its JSON path. */
export type ParsedDataFile =
  | { ok: true; data: VropData; sections: (typeof SECTIONS)[number][] }
  | { ok: false; reason: DataFileProblem; problems: string[] };

/**
 * The problem of a file of `bytes` bytes, or `undefined` when it is within the limit. `bytes` is
 * the whole size when `known`, else only how much was read before giving up.
 */
export const sizeProblem = (bytes: number, known = true): string | undefined =>
  bytes > MAX_DATA_BYTES
    ? `$: the file is over ${MAX_DATA_BYTES / 1024} KB${known ? ` (${Math.ceil(bytes / 1024)} KB)` : ''}`
    : undefined;

/**
 * The one definition of an acceptable data file, used by the widgets' loader, by
 * `vrop-widgets validate` and by the tests: at most 256 KB as UTF-8, JSON, `"version": 1`, valid
 * against the spec. A valid file's sections replace the built-in ones whole; `data` is the result,
 * `sections` the ones it replaced. Bytes are decoded as UTF-8, as `fetch` does (a BOM is skipped).
 */
export function parseDataFile(file: string | BufferSource): ParsedDataFile {
  const fail = (reason: DataFileProblem, ...problems: string[]): ParsedDataFile => ({ ok: false, reason, problems });
  const tooLarge = sizeProblem(typeof file === 'string' ? new TextEncoder().encode(file).length : file.byteLength);
  if (tooLarge) return fail('too-large', tooLarge);
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(typeof file === 'string' ? file : new TextDecoder().decode(file));
  } catch (error) {
    return fail('not-json', `$: not JSON (${(error as Error).message})`);
  }
  const version = json?.version;
  if (version !== 1) return fail('version', `$.version: ${JSON.stringify(version) ?? 'missing'}, expected 1`);
  const problems = validate(DATA_SPEC, json);
  if (problems.length) return fail('invalid', ...problems);
  const sections = SECTIONS.filter((key) => Object.hasOwn(json, key));
  const data = { ...DEFAULT_DATA };
  for (const key of sections) Object.assign(data, { [key]: json[key] });
  return { ok: true, data, sections };
}
