import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import minifyHtml from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';
import esbuild from 'rollup-plugin-esbuild';
import { CHUNK_NAME, chunkIntegrity } from './scripts/chunk-integrity.mjs';
import { minifyCss, minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { describe, measure } from './scripts/sizes.mjs';
import { publishWidgetStyles, widgetModules } from './scripts/widget-styles.mjs';

/** Prints each written file's minified, gzip and brotli size and its SRI hash. */
function reportSizes() {
  return {
    name: 'report-sizes',
    writeBundle(options, bundle) {
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type === 'chunk') console.log(describe(`dist/${name}`, measure(chunk.code)));
      }
    },
  };
}

/**
 * Publishes the embedded defaults as dist/vrop-data.json and their JSON Schema as
 * dist/vrop-data.schema.json, from the modules tsc has just written to lib/.
 */
function publishData() {
  return {
    name: 'publish-data',
    async generateBundle() {
      const { DEFAULT_DATA } = await import('./lib/shared/data/defaults.js');
      const { DATA_SPEC } = await import('./lib/shared/data/spec.js');
      const { toJsonSchema } = await import('./lib/shared/data/json-schema.js');
      const schema = {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: 'vrop-data.schema.json',
        title: 'Valley ROP widgets data file, version 1',
        description:
          'Every top-level section may be left out; a section that is present replaces the built-in one whole.',
        ...toJsonSchema(DATA_SPEC),
      };
      const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
      this.emitFile({ type: 'asset', fileName: 'vrop-data.json', source: json(DEFAULT_DATA) });
      this.emitFile({ type: 'asset', fileName: 'vrop-data.schema.json', source: json(schema) });
      for (const page of ['embed/embed.html', 'builder/builder.html', 'builder/builder.css']) {
        this.emitFile({ type: 'asset', fileName: page.split('/')[1], source: readFileSync(`src/${page}`, 'utf8') });
      }
    },
  };
}

/** Removes the previous build's content-named files from dist/, which no longer match any entry. */
function removeStaleChunks() {
  return {
    name: 'remove-stale-chunks',
    renderStart() {
      for (const name of existsSync('dist') ? readdirSync('dist') : []) {
        if (CHUNK_NAME.test(name)) rmSync(`dist/${name}`);
      }
    },
  };
}

/** How the sources become the bundle's code; bench/sizes.mjs builds its variants the same way. */
export const sourcePlugins = () => [
  nodeResolve({ browser: true }),
  // Lit's own plugin folds the white space inside html`` templates. Its CSS minification is off:
  // it fails on tokens.styles.ts (a css`` literal nested in another) and, where it works, saves
  // 0.01 KiB over scripts/minify-css-literals.mjs, which minifies every css`` literal instead.
  minifyHtml({ failOnError: true, options: { shouldMinifyCSS: () => false } }),
  minifyCssLiterals(),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
];

const terserOptions = { ecma: 2021, compress: { passes: 2 }, format: { comments: false } };
export const minify = terser({ ...terserOptions, module: true });
// The classic script's top level is the page's global scope: `module: true` would drop the
// `VropWidgets` global as an unused variable.
const minifyClassic = terser({ ...terserOptions, module: false });

/**
 * lib/: the npm package's ES modules, one per source file (tsc writes their declarations), with
 * `lit` left to the consumer's bundler. The CSS inside css`` is minified as in the bundle, here
 * with a source map of the change; the maps carry their sources, since src/ is not shipped.
 */
const LIB_INPUTS = readdirSync('src', { recursive: true })
  .filter((file) => /\.ts$/.test(file) && !file.endsWith('.d.ts') && !file.startsWith('builder'))
  .map((file) => `src/${file}`);

function minifyCssLiteralsMapped() {
  return {
    name: 'minify-css-literals-mapped',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      const out = new MagicString(code);
      for (const match of code.matchAll(/\bcss`([^`]*)`/g)) {
        const start = match.index + 'css`'.length;
        out.overwrite(start, start + match[1].length, minifyCss(match[1]));
      }
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}

const libBuild = {
  input: LIB_INPUTS,
  external: (id) => /^(lit|@lit\/|lit-html|lit-element)(\/|$)/.test(id),
  plugins: [esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }), minifyCssLiteralsMapped()],
  output: {
    dir: 'lib',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: '[name].js',
    sourcemap: true,
  },
};

// lib/ first: the bundle's publish-data step reads the data modules from it.
export default [
  libBuild,
  {
    // The recommended module script: Lit and the shared code in vrop-widgets.js, each widget's
    // code and content in vrop-<widget>-<hash>.js beside it, loaded when shown.
    input: 'src/bundle.ts',
    // The entry itself holds the shared code (rather than a re-exporting façade over a chunk of it).
    preserveEntrySignatures: 'allow-extension',
    plugins: sourcePlugins(),
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: 'vrop-widgets.js',
      // Named by content: a page that still has the channel's previous vrop-widgets.js cached
      // asks for that release's files, which the channel folder keeps (scripts/release.mjs).
      chunkFileNames: '[name]-[hash].js',
      // A helper two widgets share goes into the entry rather than a file of its own: a request
      // costs more than its few bytes.
      experimentalMinChunkSize: 1024,
      plugins: [
        removeStaleChunks(),
        minify,
        chunkIntegrity(widgetModules().map(({ tag }) => tag)),
        reportSizes(),
        publishData(),
        publishWidgetStyles(),
      ],
    },
  },
  {
    // For CMSes that strip type="module" and hosts without CORS: every widget in one classic script.
    input: 'src/index.ts',
    plugins: sourcePlugins(),
    output: {
      file: 'dist/vrop-widgets.iife.js',
      format: 'iife',
      name: 'VropWidgets',
      sourcemap: true,
      plugins: [minifyClassic, reportSizes()],
    },
  },
  // The iframe embed's and the embed code builder's own scripts; the pages load the bundle itself.
  // What they import from src/bundle.ts (the widget loader) they take from that bundle,
  // ./vrop-widgets.js beside them: the same module the page has run, not a second copy.
  ...['embed', 'builder'].map((page) => ({
    input: `src/${page}/${page}.ts`,
    external: (id) => id === '../bundle.js' || id.endsWith('/src/bundle.js'),
    plugins: sourcePlugins(),
    output: { file: `dist/${page}.js`, format: 'es', sourcemap: true, plugins: [minify], paths: () => './vrop-widgets.js' },
  })),
];
