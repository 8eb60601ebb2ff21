import { DATA_SPEC } from './spec.js';
import type { VropData } from './types.js';
import { validate } from './validate.js';

/** The largest data file the widgets use, in bytes as sent (UTF-8), not in characters. */
export const MAX_DATA_BYTES = 256 * 1024;

/** Why a data file's content cannot be used. */
export type DataFileProblem = 'too-large' | 'not-json' | 'version' | 'invalid';

/** A data file's verdict: the sections it has, or why not, each problem with its JSON path. */
export type ReadDataFile =
  | { ok: true; sections: Partial<VropData> }
  | { ok: false; reason: DataFileProblem; problems: string[] };

/** The problem of a file of `bytes` bytes (or of which that many have arrived), if it is too large. */
export const sizeProblem = (bytes: number): string | undefined =>
  bytes > MAX_DATA_BYTES ? `$: the file is over ${MAX_DATA_BYTES / 1024} KB` : undefined;

/**
 * The one definition of an acceptable data file, used by the widgets' loader, by
 * `vrop-widgets validate` and by the tests: at most 256 KB, JSON (UTF-8, decoded as `fetch`
 * does, a BOM skipped), `"version": 1`, valid against the spec. `sections` are the file's own
 * (each widget puts them over the built-in ones it renders); this module holds no built-in data.
 */
export function readDataFile(bytes: BufferSource): ReadDataFile {
  const fail = (reason: DataFileProblem, ...problems: string[]): ReadDataFile => ({ ok: false, reason, problems });
  const tooLarge = sizeProblem(bytes.byteLength);
  if (tooLarge) return fail('too-large', tooLarge);
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return fail('not-json', `$: not JSON (${(error as Error).message})`);
  }
  const problems = validate(DATA_SPEC, json);
  // A file of another version (or none) is told apart; its first problem is `$.version`.
  if (problems.length) return fail(json?.version === 1 ? 'invalid' : 'version', ...problems);
  // Valid: nothing but `$schema`, `version` and known sections, each an own key.
  return { ok: true, sections: json as Partial<VropData> };
}
