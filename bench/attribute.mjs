// Maps positions in dist/vrop-widgets.js back to the part of the library they come from, through
// the bundle's source map: Lit, the built-in content, the data-file loader, each widget, shared.
import { readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

const GROUPS = [
  [/node_modules\/(lit|lit-html|lit-element|@lit)\//, 'Lit'],
  [/src\/shared\/data\/defaults\.ts$/, 'built-in content (EN + ES)'],
  [/src\/shared\/data\//, 'data-file loading and checking'],
  [/src\/mission\//, '<vrop-mission>'],
  [/src\/district-list\//, '<vrop-district-list>'],
  [/src\/stats\//, '<vrop-stats>'],
  [/src\/contact\//, '<vrop-contact>'],
  [/src\//, 'shared element code and styles'],
];

export const groupOf = (source) => GROUPS.find(([pattern]) => pattern.test(source ?? ''))?.[1] ?? 'other';

export function bundleMap(file = 'dist/vrop-widgets.js') {
  const map = new TraceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  /** The original source, line and function name of a 0-based line and column in the bundle. */
  return (line, column) => originalPositionFor(map, { line: line + 1, column });
}

/** The bundle's characters grouped by where they come from: { group: code }. */
export function splitBundle(file = 'dist/vrop-widgets.js') {
  const locate = bundleMap(file);
  const groups = {};
  let group = 'other';
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, line) => {
      for (let column = 0; column < text.length; column++) {
        const { source } = locate(line, column);
        if (source) group = groupOf(source);
        groups[group] = (groups[group] ?? '') + text[column];
      }
    });
  return groups;
}
