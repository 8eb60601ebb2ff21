// Validates custom-elements.json and package.json's references to it with @wc-toolkit/cem-validator
// (schema version, module and definition paths to shipped files, tag names, exported types):
// needs the build (lib/). Any error or warning fails. VropElement is the widgets' base class, not
// an element of its own.
import { readFileSync } from 'node:fs';
import { validateCem } from '@wc-toolkit/cem-validator';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
// The validator reports through console.log, in colour (its counts only in debug mode); they are read from there.
const lines = [];
const { log } = console;
const plain = (text) => text.split('\u001b').map((part) => part.replace(/^\[\d+m/, '')).join('');
console.log = (...args) => lines.push(plain(args.join(' ')));
try {
  await validateCem(manifest, { packageJsonPath: './package.json', cemFileName: 'custom-elements.json', logErrors: true, debug: true, exclude: ['VropElement'] });
} finally {
  console.log = log;
}
const count = (kind) => Number(lines.join('\n').match(new RegExp(`(\\d+) ${kind}\\(s\\) found`))?.[1] ?? 0);
const [errors, warnings] = [count('error'), count('warning')];
const summary = `@wc-toolkit/cem-validator: ${errors} error(s), ${warnings} warning(s) in custom-elements.json and package.json.`;
if (errors || warnings || !lines.some((line) => line.includes('validation complete'))) {
  console.error(lines.join('\n'));
  console.error(summary);
  process.exit(1);
}
console.log(summary);
