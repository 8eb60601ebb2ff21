// What editors and JSX get from the manifest (scripts/editor-data.mjs, run by `npm run build`):
// the four tags, with `theme` and `layout` offered as their values, never an alias's name.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const read = (file) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const TAGS = ['vrop-contact', 'vrop-district-list', 'vrop-mission', 'vrop-stats'];
const LAYOUTS = { 'vrop-contact': ['banner', 'card'], 'vrop-district-list': ['list', 'grid', 'inline'], 'vrop-stats': ['row', 'grid'] };

describe('editor data and JSX types', () => {
  it("VS Code's custom data offers each tag's values for theme and layout", () => {
    const { tags } = JSON.parse(read('lib/editor/vscode.html-custom-data.json'));
    assert.deepEqual(tags.map((tag) => tag.name).sort(), TAGS);
    for (const tag of tags) {
      const values = (name) => tag.attributes.find((attr) => attr.name === name)?.values?.map((value) => value.name);
      assert.deepEqual(values('theme'), ['light', 'dark', 'auto'], tag.name);
      if (LAYOUTS[tag.name]) assert.deepEqual(values('layout'), LAYOUTS[tag.name], tag.name);
    }
    const css = JSON.parse(read('lib/editor/vscode.css-custom-data.json'));
    assert.ok(css.properties.length > 10 && css.properties.every((prop) => prop.name.startsWith('--vrop-')));
  });

  it('JetBrains web-types name the package and type every event', () => {
    const webTypes = JSON.parse(read('lib/editor/web-types.json'));
    const pkg = JSON.parse(read('package.json'));
    assert.equal(webTypes.name, pkg.name);
    assert.equal(webTypes.version, pkg.version);
    assert.equal(pkg['web-types'], './lib/editor/web-types.json');
    const elements = webTypes.contributions.html.elements;
    assert.deepEqual(elements.map((el) => el.name).sort(), TAGS);
    for (const el of elements) {
      assert.equal(el.attributes.find((attr) => attr.name === 'theme').value.type, "'light' | 'dark' | 'auto'");
      for (const event of el.js.events) assert.match(event.type, /^CustomEvent<\w+>$/, `${el.name} ${event.name}`);
    }
  });

  it('the JSX types cover the four tags and augment no framework by themselves', () => {
    const jsx = read('lib/jsx/custom-elements-jsx.d.ts');
    for (const tag of TAGS) assert.match(jsx, new RegExp(`"${tag}": `));
    assert.doesNotMatch(jsx, /^declare (module|global)/m);
    assert.doesNotMatch(jsx, /\bundefined\?:/);
    assert.match(read('lib/jsx/react.d.ts'), /declare module 'react\/jsx-runtime'/);
    assert.match(read('lib/jsx/preact.d.ts'), /declare module 'preact'/);
  });
});
