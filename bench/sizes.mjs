// Bundle sizes: every file in dist/, the marginal cost of each widget (the bundle with and
// without it), and Lit's floor (a bundle with one empty Lit element), built the way the release is.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { minify, sourcePlugins } from '../rollup.config.mjs';
import { measure, pageLoads } from '../scripts/sizes.mjs';
import { splitBundle } from './attribute.mjs';

import { widgetModules } from '../scripts/widget-styles.mjs';

/** Each widget's module under src/, from package.json's exports: `mission/vrop-mission`. */
const WIDGETS = widgetModules().map(({ path }) => path.replace(/^\.\/lib\/(.*)\.js$/, '$1'));
const ENTRY = '\0bench-entry';

/** The entry as a rollup virtual module: nothing is written into the source tree. */
const virtualEntry = (source) => ({
  name: 'bench-entry',
  resolveId: (id) => (id === ENTRY ? id : null),
  load: (id) => (id === ENTRY ? source : null),
});

/** Minified and compressed sizes of `source` (which imports by absolute path) bundled for the browser. */
async function bundle(source, plugins = sourcePlugins()) {
  const build = await rollup({ input: ENTRY, plugins: [virtualEntry(source), ...plugins], onwarn: () => {} });
  const { output } = await build.generate({ format: 'es', plugins: [minify] });
  return measure(output[0].code);
}

/**
 * What a consumer's bundler makes of the npm package: an app importing one subpath (or the
 * package's entry), resolved through package.json's exports to lib/, `lit` from node_modules,
 * bundled and minified with nothing of this repository's own build (lib/ is plain JS).
 */
async function consumerBundle(subpath) {
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
  return bundle(`import '${resolve(exports[subpath].default)}';\n`, [nodeResolve({ browser: true })]);
}

/** The four widgets' subpaths and the whole package, each in a consumer's build (see consumerBundle). */
export async function measureSubpaths() {
  const subpaths = [...WIDGETS.map((widget) => `./${widget.split('/')[0]}`), '.'];
  const sizes = [];
  for (const subpath of subpaths) {
    sizes.push({ import: subpath === '.' ? 'vrop-widgets' : `vrop-widgets/${subpath.slice(2)}`, ...(await consumerBundle(subpath)) });
  }
  return sizes;
}

const importing = (widgets) => `${widgets.map((w) => `import '${resolve('src', w)}.ts';`).join('\n')}\nexport {};\n`;

export async function measureSizes() {
  const files = readdirSync('dist')
    .filter((name) => /\.(js|json|html|css)$/.test(name))
    .map((name) => ({ file: `dist/${name}`, ...measure(readFileSync(`dist/${name}`)) }));
  // The four widgets' CSS as the bundle holds it: each sheet once (the shared tokens too).
  const sheets = readdirSync('dist').filter((name) => /^vrop-.*\.css$/.test(name));
  const styles = measure([...new Set(sheets.flatMap((name) => readFileSync(`dist/${name}`, 'utf8').split('\n')))].join('\n'));
  const all = await bundle(importing(WIDGETS));
  const marginal = [];
  for (const widget of WIDGETS) {
    const without = await bundle(importing(WIDGETS.filter((w) => w !== widget)));
    marginal.push({ widget: `<vrop-${widget.split('/')[0]}>`, brotli: all.brotli - without.brotli, gzip: all.gzip - without.gzip });
  }
  const litFloor = await bundle(
    "import { LitElement } from 'lit';\nclass Empty extends LitElement {}\ncustomElements.define('empty-element', Empty);\n",
  );
  // What dist/vrop-widgets.js is made of, through its source map. Each part compressed alone
  // loses the context it shares with the rest, so the parts' brotli sizes add up to more than the file's.
  const parts = Object.entries(splitBundle())
    .map(([part, code]) => ({ part, ...measure(code) }))
    .sort((a, b) => b.min - a.min);
  const subpaths = await measureSubpaths();
  // What a district page fetches with the module script, for each widget it shows, and for all four.
  const pages = pageLoads('dist', WIDGETS.map((widget) => widget.split('/')[1]));
  return { files, marginal, litFloor, styles, parts, subpaths, pages };
}
