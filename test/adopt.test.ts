import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { VropElement } from '../src/shared/vrop-element.js';
import { captureWarnings } from './helpers.js';

/** What a visitor sees of a widget's heading and box: all of it comes from the widget's own style sheets. */
function looks(el: VropElement) {
  const heading = el.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
  const view = el.ownerDocument.defaultView!;
  const h = view.getComputedStyle(heading);
  const host = view.getComputedStyle(el);
  return {
    fontSize: h.fontSize,
    fontWeight: h.fontWeight,
    color: h.color,
    marginTop: h.marginTop,
    hostDisplay: host.display,
    hostBackground: host.backgroundColor,
  };
}

/** A same-origin iframe (about:blank), as a CMS's preview pane has. */
async function previewPane(): Promise<Document> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="preview" width="800" height="600"></iframe>`);
  return frame.contentDocument!;
}

const widget = async (tag: string) => {
  const el = document.createElement(tag) as VropElement;
  el.setAttribute('no-animation', '');
  document.body.append(el);
  await el.updateComplete;
  return el;
};

describe('a widget adopted into another document', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    for (const el of document.querySelectorAll('body > [no-animation]')) el.remove();
  });

  for (const tag of ['vrop-mission', 'vrop-stats', 'vrop-district-list', 'vrop-contact']) {
    it(`<${tag}> moved into a same-origin iframe keeps its styles, and keeps them when moved back`, async () => {
      const el = await widget(tag);
      const before = looks(el);
      // The widget's own look, not the browser's default h2 (24 px, bold, black, margins).
      expect(before.marginTop).to.not.equal('19.92px');
      const pane = await previewPane();
      pane.body.append(el);
      await el.updateComplete;
      expect(el.ownerDocument).to.equal(pane);
      expect(looks(el)).to.deep.equal(before);
      document.body.append(el);
      await el.updateComplete;
      expect(looks(el)).to.deep.equal(before);
    });
  }

  it('moved through a document with no window (a template) and back, it keeps its styles', async () => {
    const el = await widget('vrop-mission');
    const before = looks(el);
    const template = document.createElement('template');
    template.content.append(el);
    expect(el.ownerDocument).to.not.equal(document);
    document.body.append(el);
    await el.updateComplete;
    expect(looks(el)).to.deep.equal(before);
    expect(warnings.messages).to.deep.equal([]);
  });
});
