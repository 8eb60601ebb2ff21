// What only the browser's own accessibility tree and the DevTools protocol show, on the built
// bundle as districts load it: accessible names (2.4.4, 2.5.3, 1.3.1), forced colours and
// `prefers-contrast: more`. @web/test-runner 0.20 with its Chrome launcher registers no
// a11ySnapshot command and drops `forcedColors` from emulateMedia, so these checks drive the same
// Chromium with puppeteer-core (page.accessibility.snapshot is what a11ySnapshot returns).
// Needs `npm run build` first.
/* global document, getComputedStyle -- the page functions run in the browser */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/find-chrome.mjs';

// The classic script: the same widgets in one file, which runs from a page with no address;
// the module script's own loading is tested from a second origin in test/hosting/.
const bundle = readFileSync(new URL('../../dist/vrop-widgets.iife.js', import.meta.url), 'utf8');

const PAGE = `<!doctype html><html lang="en"><body>
<vrop-contact id="contact-en" phone="(559) 555-0100" email="info@example.org" form-action="https://example.org/send"></vrop-contact>
<vrop-contact id="contact-es" lang="es" phone="(559) 555-0100" email="info@example.org"></vrop-contact>
<vrop-district-list id="list-en" current="sanger"></vrop-district-list>
<vrop-district-list id="list-es" lang="es" current="kingsburg"></vrop-district-list>
<vrop-district-list id="grid" layout="grid" current="dinuba"></vrop-district-list>
<vrop-district-list id="inline-en" layout="inline" current="selma"></vrop-district-list>
<vrop-district-list id="inline-es" layout="inline" lang="es"></vrop-district-list>
<vrop-contact id="contact-dark" theme="dark" form-action="https://example.org/send"></vrop-contact>
<vrop-district-list id="list-dark" theme="dark"></vrop-district-list>
</body></html>`;

function* walk(node) {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}
/** The text a screen reader reads through a node: its text leaves in order, as they are. */
const spoken = (node) => [...walk(node)].filter((n) => n.role === 'StaticText').map((n) => n.name).join('');

/** WCAG contrast of two computed `rgb()` colours. */
function contrast(a, b) {
  const luminance = (color) => {
    const [r, g, bl] = color.match(/[\d.]+/g).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('the built bundle in Chromium: accessibility tree and colour modes', () => {
  let browser;
  let page;
  let cdp;

  before(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setContent(PAGE);
    await page.addScriptTag({ content: bundle });
    await page.waitForFunction(() => [...document.body.children].every((el) => el.shadowRoot?.firstElementChild));
    cdp = await page.createCDPSession();
  });
  after(() => browser?.close());

  const tree = async (id) => page.accessibility.snapshot({ root: await page.$(`#${id}`), interestingOnly: false });
  const names = async (id, role) => [...walk(await tree(id))].filter((n) => n.role === role).map((n) => n.name);
  const emulate = (features) => cdp.send('Emulation.setEmulatedMedia', { features });
  /** Computed styles of the elements matching `selector` in a widget's shadow root. */
  const styles = (id, selector, props) =>
    page.evaluate(
      (id, selector, props) =>
        [...document.getElementById(id).shadowRoot.querySelectorAll(selector)].map((node) => {
          const style = getComputedStyle(node);
          return Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
        }),
      id,
      selector,
      props,
    );
  const hostBackground = (id) => page.evaluate((id) => getComputedStyle(document.getElementById(id)).backgroundColor, id);

  it('the phone and e-mail links keep the space between label and value (2.5.3)', async () => {
    assert.deepEqual((await names('contact-en', 'link')).slice(1), ['Call (559) 555-0100', 'E-mail info@example.org']);
    assert.deepEqual((await names('contact-es', 'link')).slice(1), ['Llame al (559) 555-0100', 'Escriba a info@example.org']);
  });

  it('"Contact Us" says whose "us" it is, starting with its visible words (2.4.4, 2.5.3)', async () => {
    for (const [id, visible] of [['contact-en', 'Contact Us'], ['contact-es', 'Contáctenos']]) {
      const link = [...walk(await tree(id))].find((n) => n.role === 'link');
      assert.equal(spoken(link), visible);
      assert.equal(link.name, `${visible} (Valley ROP)`);
    }
  });

  it('the inline layout\'s heading is named without the ": " that CSS shows (1.3.1)', async () => {
    assert.deepEqual(await names('inline-en', 'heading'), ['Valley ROP’s partner districts']);
    assert.deepEqual(await names('inline-es', 'heading'), ['Distritos asociados de Valley ROP']);
  });

  it('the current district\'s label is read apart from its name, linked or not (1.3.1)', async () => {
    for (const [id, pattern] of [
      ['list-en', /^Sanger Unified School District\W+Your district$/],
      ['list-es', /^Kingsburg Joint Union High School District\W+Su distrito$/],
      ['inline-en', /^Selma Unified School District\W+Your district$/],
    ]) {
      const items = [...walk(await tree(id))].filter((n) => n.role === 'listitem').map(spoken);
      assert.ok(items.some((text) => pattern.test(text.replace(/, $/, ''))), `${id}: ${items.join(' | ')}`);
    }
  });

  describe('forced colours (Windows High Contrast)', () => {
    before(() => emulate([{ name: 'forced-colors', value: 'active' }]));
    after(() => emulate([]));

    it('"Contact Us" and Send keep their edges', async () => {
      const canvas = await hostBackground('contact-en');
      const buttons = await styles('contact-en', '[part~="button"], [part~="submit"]', ['border-top-width', 'border-top-color']);
      assert.equal(buttons.length, 2);
      for (const button of buttons) {
        assert.ok(parseFloat(button['border-top-width']) >= 1, JSON.stringify(button));
        assert.ok(contrast(button['border-top-color'], canvas) >= 3, JSON.stringify(button));
      }
    });

    it('in the list, only the current district has a bar, and the label keeps its shape', async () => {
      const canvas = await hostBackground('list-en');
      const bars = (await styles('list-en', 'li', ['border-left-color'])).map((s) => s['border-left-color']);
      const current = bars.splice(5, 1)[0];
      for (const bar of bars) assert.equal(bar, canvas);
      assert.ok(contrast(current, canvas) >= 3, current);
      const [label] = await styles('list-en', '[part~="label"]', ['border-top-width', 'border-top-color']);
      assert.ok(parseFloat(label['border-top-width']) >= 1, JSON.stringify(label));
      assert.ok(contrast(label['border-top-color'], canvas) >= 3, JSON.stringify(label));
    });

    it('in the grid, the current district\'s card stands out from the others', async () => {
      const edges = (await styles('grid', 'li', ['border-top-color'])).map((s) => s['border-top-color']);
      const current = edges.splice(1, 1)[0];
      assert.equal(new Set(edges).size, 1);
      assert.notEqual(current, edges[0]);
    });
  });

  describe('prefers-contrast: more', () => {
    before(() => emulate([{ name: 'prefers-contrast', value: 'more' }]));
    after(() => emulate([]));

    for (const [contact, list] of [['contact-en', 'list-en'], ['contact-dark', 'list-dark']]) {
      it(`${contact}, ${list}: field borders and muted text take the text colour`, async () => {
        const [{ color: text }] = await styles(list, '[part~="heading"]', ['color']);
        const borders = await styles(contact, '[part~="control"]', ['border-top-color']);
        assert.equal(borders.length, 5);
        for (const border of borders) assert.equal(border['border-top-color'], text);
        const [intro] = await styles(list, '[part~="intro"]', ['color']);
        assert.equal(intro.color, text);
      });
    }

    it('without it, the muted text and the borders are lighter than the text (the change is real)', async () => {
      await emulate([]);
      const [{ color: text }] = await styles('list-en', '[part~="heading"]', ['color']);
      const [intro] = await styles('list-en', '[part~="intro"]', ['color']);
      assert.notEqual(intro.color, text);
      await emulate([{ name: 'prefers-contrast', value: 'more' }]);
    });
  });
});
