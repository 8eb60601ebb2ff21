import { DEFAULT_DATA } from './defaults.js';
import { readDataFile, type DataFileProblem } from './read.js';
import type { VropData } from './types.js';

export { MAX_DATA_BYTES, readDataFile, sizeProblem, type DataFileProblem, type ReadDataFile } from './read.js';

/** A data file's verdict: the data to render, or why not, each problem with its JSON path. */
export type ParsedDataFile =
  | { ok: true; data: VropData }
  | { ok: false; reason: DataFileProblem; problems: string[] };

/**
 * A data file as `vrop-widgets validate`, `check-host` and the tests see it (read.ts's
 * `readDataFile`): `data` is the file's sections over all the built-in ones, a section that is
 * present replacing the built-in one whole.
 */
export function parseDataFile(bytes: BufferSource): ParsedDataFile {
  const file = readDataFile(bytes);
  return file.ok ? { ok: true, data: { ...DEFAULT_DATA, ...file.sections } } : file;
}
