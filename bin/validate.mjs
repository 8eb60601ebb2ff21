// `vrop-widgets validate <file>`: checks a data file exactly as the widgets will (the same
// function), and prints every problem with its JSON path, so staff can fix a file before they
// publish it.
import { readFileSync } from 'node:fs';
import { DEFAULT_DATA } from '../lib/shared/data/defaults.js';
import { parseDataFile } from '../lib/shared/data/parse.js';
import { SECTIONS } from '../lib/shared/data/spec.js';

/** Returns the exit status: 0 valid, 1 invalid, 2 unreadable or no file named. */
export async function main([file]) {
  if (!file) {
    console.error('Usage: vrop-widgets validate <data-file.json>');
    return 2;
  }
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(`${file}: cannot be read (${error.code ?? error.message})`);
    return 2;
  }
  const result = parseDataFile(bytes);
  if (!result.ok) {
    const { problems } = result;
    console.error(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}; the widgets would ignore this file.`);
    for (const problem of problems) console.error(`  ${problem}`);
    return 1;
  }
  // A section the file has replaces the built-in one, so it is another object.
  const sections = SECTIONS.filter((key) => result.data[key] !== DEFAULT_DATA[key]);
  console.log(`${file}: valid. It replaces: ${sections.length ? sections.join(', ') : 'nothing (all built-in data stays)'}.`);
  return 0;
}
