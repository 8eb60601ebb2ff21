// Bundle sizes: every file in dist/, the marginal cost of each widget (the bundle with and
// without it), and Lit's floor (a bundle with one empty Lit element), built the way the release is.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { minify, sourcePlugins } from '../rollup.config.mjs';
import { measure } from '../scripts/sizes.mjs';
import { splitBundle } from './attribute.mjs';

const WIDGETS = ['mission/vrop-mission', 'district-list/vrop-district-list', 'stats/vrop-stats', 'contact/vrop-contact'];
const ENTRY = 'src/.bench-entry.ts';

async function bundle(source) {
  writeFileSync(ENTRY, source);
  try {
    const build = await rollup({
      input: ENTRY,
      plugins: sourcePlugins(),
      onwarn: () => {},
    });
    const { output } = await build.generate({
      format: 'es',
      plugins: [minify],
    });
    return measure(output[0].code);
  } finally {
    rmSync(ENTRY, { force: true });
  }
}

/**
 * What a consumer's bundler makes of the npm package: an app importing one subpath (or the
 * package's entry), resolved through package.json's exports to lib/, `lit` from node_modules,
 * bundled and minified with nothing of this repository's own build (lib/ is plain JS).
 */
async function consumerBundle(subpath) {
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
  const file = exports[subpath].default;
  const entry = 'bench/.consumer-entry.js';
  writeFileSync(entry, `import '.${file}';\n`);
  try {
    const build = await rollup({ input: entry, plugins: [nodeResolve({ browser: true })], onwarn: () => {} });
    const { output } = await build.generate({ format: 'es', plugins: [minify] });
    return measure(output[0].code);
  } finally {
    rmSync(entry, { force: true });
  }
}

/** The four widgets' subpaths and the whole package, each in a consumer's build (see consumerBundle). */
export async function measureSubpaths() {
  const subpaths = ['./mission', './district-list', './stats', './contact', '.'];
  const sizes = [];
  for (const subpath of subpaths) {
    sizes.push({ import: subpath === '.' ? 'vrop-widgets' : `vrop-widgets/${subpath.slice(2)}`, ...(await consumerBundle(subpath)) });
  }
  return sizes;
}

const importing = (widgets) => `${widgets.map((w) => `import './${w}.js';`).join('\n')}\nexport {};\n`;

export async function measureSizes() {
  const files = readdirSync('dist')
    .filter((name) => /\.(js|json|html)$/.test(name))
    .map((name) => ({ file: `dist/${name}`, ...measure(readFileSync(`dist/${name}`)) }));
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
  return { files, marginal, litFloor, parts, subpaths };
}
