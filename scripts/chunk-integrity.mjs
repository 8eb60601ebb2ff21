// Writes into the recommended bundle's entry the release files each widget's module needs (its
// own chunk and any chunk that one imports, never the entry itself) with their SRI hashes, which
// src/widget-loader.ts has the browser check before importing them (modulepreload with integrity,
// and in WebKit fetch() with integrity too).
import remapping from '@jridgewell/remapping';
import MagicString from 'magic-string';
import { sriHash } from './sizes.mjs';

const PLACEHOLDER = /(["'`])__VROP_CHUNK_FILES__\1/g;

/** A file the module build names by its content (`vrop-stats-Bq3x_9aZ.js`), and its source map. */
export const CHUNK_NAME = /^[a-z-]+-[\w-]{8}\.js(\.map)?$/;

/** `widgets`: every widget's tag (`vrop-stats`); each must have a chunk of that name (`vrop-stats-<hash>.js`). */
export function chunkIntegrity(widgets) {
  return {
    name: 'chunk-integrity',
    generateBundle(options, bundle) {
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      const needs = (file, files = new Set()) => {
        if (file === entry.fileName || files.has(file)) return files;
        files.add(file);
        for (const imported of bundle[file].imports) needs(imported, files);
        return files;
      };
      const files = {};
      for (const file of entry.dynamicImports) {
        files[bundle[file].name] = [...needs(file)].map((name) => [name, sriHash(bundle[name].code)]);
      }
      const missing = widgets.filter((tag) => !files[tag]);
      if (missing.length) this.error(`src/bundle.ts imports no module named ${missing.join(', ')}`);
      const code = new MagicString(entry.code);
      const matches = [...entry.code.matchAll(PLACEHOLDER)];
      if (!matches.length) this.error('the entry has no __VROP_CHUNK_FILES__ to write the chunks into');
      for (const { index, 0: text } of matches) code.overwrite(index, index + text.length, JSON.stringify(JSON.stringify(files)));
      entry.code = code.toString();
      // The change shifts the rest of the (one-line) minified code: the map follows it.
      if (entry.map) entry.map = remapping([code.generateMap({ hires: true, source: entry.fileName }), entry.map], () => null);
    },
  };
}
