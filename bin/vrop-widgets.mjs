#!/usr/bin/env node
// `vrop-widgets validate <file>`: checks a data file as the widgets will, and prints every
// problem with its JSON path, so staff can fix a file before they publish it.
import { readFileSync } from 'node:fs';
import { dataLimits } from '../lib/shared/data/load.js';
import { DATA_SPEC } from '../lib/shared/data/spec.js';
import { validate } from '../lib/shared/data/validate.js';

const [command, file] = process.argv.slice(2);
if (command !== 'validate' || !file) {
  console.error('Usage: vrop-widgets validate <data-file.json>');
  process.exit(2);
}

function problemsOf(text) {
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

let text;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot be read (${error.code ?? error.message})`);
  process.exit(2);
}
const problems = problemsOf(text);
if (problems.length) {
  console.error(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}; the widgets would ignore this file.`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
const sections = Object.keys(JSON.parse(text)).filter((key) => key !== 'version' && key !== '$schema');
console.log(`${file}: valid. It replaces: ${sections.length ? sections.join(', ') : 'nothing (all built-in data stays)'}.`);
