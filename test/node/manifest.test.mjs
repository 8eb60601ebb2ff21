// custom-elements.json documents every public attribute, property, part, slot, CSS property and
// event, and Storybook can show them all: no two kinds of API share a name on one element
// (Storybook's argument table keys them by name, so one would hide the other).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.customElement && d.tagName);

describe('custom-elements.json', () => {
  it('names shipped files: every module path is a lib/ file the build wrote', () => {
    for (const mod of manifest.modules) {
      assert.match(mod.path, /^lib\/.+\.js$/);
      assert.ok(existsSync(new URL(`../../${mod.path}`, import.meta.url)), `${mod.path} exists (run the build first)`);
    }
    assert.doesNotMatch(JSON.stringify(manifest), /"\/?src\//);
  });

  it('defines the four tags, each in the module that registers it', () => {
    const definitions = manifest.modules.flatMap((mod) =>
      (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => [e.name, e.declaration.module]),
    );
    assert.deepEqual(definitions.sort(), [
      ['vrop-contact', 'lib/contact/vrop-contact.js'],
      ['vrop-district-list', 'lib/district-list/vrop-district-list.js'],
      ['vrop-mission', 'lib/mission/vrop-mission.js'],
      ['vrop-stats', 'lib/stats/vrop-stats.js'],
    ]);
  });

  it('writes attribute types out as their values and types every event', () => {
    const attr = (tag, name) => elements.find((el) => el.tagName === tag).attributes.find((a) => a.name === name).type.text;
    assert.equal(attr('vrop-stats', 'theme'), "'light' | 'dark' | 'auto'");
    assert.equal(attr('vrop-stats', 'layout'), "'row' | 'grid'");
    assert.equal(attr('vrop-contact', 'layout'), "'banner' | 'card'");
    assert.equal(attr('vrop-district-list', 'layout'), "'list' | 'grid' | 'inline'");
    for (const el of elements) {
      for (const event of el.events ?? []) assert.match(event.type?.text ?? '', /^CustomEvent<\w+>$/, `${el.tagName} ${event.name}`);
    }
  });

  it('lists every widget', () => {
    assert.ok(elements.length >= 1);
    for (const el of elements) assert.match(el.tagName, /^vrop-/);
  });

  for (const el of elements) {
    describe(`<${el.tagName}>`, () => {
      it('has a summary and a description', () => {
        assert.ok(el.summary, 'summary');
        assert.ok(el.description, 'description');
      });

      for (const kind of ['attributes', 'members', 'cssParts', 'cssProperties', 'slots', 'events']) {
        it(`documents every one of its ${kind}`, () => {
          const undocumented = (el[kind] ?? [])
            .filter((item) => item.kind !== 'method' && !item.static)
            .filter((item) => !item.description?.trim())
            .map((item) => item.name);
          assert.deepEqual(undocumented, []);
        });
      }

      it('gives parts, slots, CSS properties, events and attributes distinct names', () => {
        const named = ['attributes', 'cssParts', 'slots', 'cssProperties', 'events'].flatMap((kind) =>
          (el[kind] ?? []).map((item) => item.name),
        );
        const repeated = named.filter((name, i) => named.indexOf(name) !== i);
        assert.deepEqual(repeated, []);
      });

      it('names every CSS custom property --vrop-*', () => {
        for (const prop of el.cssProperties ?? []) assert.match(prop.name, /^--vrop-/);
      });
    });
  }
});
