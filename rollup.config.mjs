import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { describe, measure } from './scripts/sizes.mjs';

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

const plugins = [
  nodeResolve({ browser: true }),
  minifyCssLiterals(),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
];

const minify = terser({
  ecma: 2021,
  module: true,
  compress: { passes: 2 },
  format: { comments: false },
});

export default [
  {
    input: 'src/index.ts',
    plugins,
    output: [
      {
        file: 'dist/vrop-widgets.js',
        format: 'es',
        sourcemap: true,
        plugins: [minify, reportSizes()],
      },
      {
        // For CMSes that strip type="module": the same elements as a classic script.
        file: 'dist/vrop-widgets.iife.js',
        format: 'iife',
        name: 'VropWidgets',
        sourcemap: true,
        plugins: [minify, reportSizes()],
      },
    ],
  },
];
