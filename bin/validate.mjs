// `vrop-widgets validate <file>`: checks a data file as the widgets will, and prints every
// problem with its JSON path, so staff can fix a file before they publish it.
import { readFileSync } from 'node:fs';
import { dataLimits } from '../lib/shared/data/load.js';
import { DATA_SPEC } from '../lib/shared/data/spec.js';
import { validate } from '../lib/shared/data/validate.js';

/** What is wrong with a data file's text, as the widgets would judge it: [] when they would use it. */
export function problemsOf(text) {
  if (Buffer.byteLength(text) > dataLimits.maxBytes) {
    return [`$: the file is ${Math.ceil(Buffer.byteLength(text) / 1024)} KB; at most ${dataLimits.maxBytes / 1024} KB`];
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [`$: not JSON (${error.message})`];
  }
  return validate(DATA_SPEC, data);
}

/** Returns the exit status: 0 valid, 1 invalid, 2 unreadable or no file named. */
export async function main([file]) {
  if (!file) {
    console.error('Usage: vrop-widgets validate <data-file.json>');
    return 2;
  }
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot be read (${error.code ?? error.message})`);
    return 2;
  }
  const problems = problemsOf(text);
  if (problems.length) {
    console.error(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}; the widgets would ignore this file.`);
    for (const problem of problems) console.error(`  ${problem}`);
    return 1;
  }
  const sections = Object.keys(JSON.parse(text)).filter((key) => key !== 'version' && key !== '$schema');
  console.log(`${file}: valid. It replaces: ${sections.length ? sections.join(', ') : 'nothing (all built-in data stays)'}.`);
  return 0;
}
