// Bundle sizes: every file in dist/, the marginal cost of each widget (the bundle with and
// without it), and Lit's floor (a bundle with one empty Lit element), built the way the release is.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  return { files, marginal, litFloor, parts };
}
