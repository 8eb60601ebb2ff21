import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { captureWarnings, shadowText } from './helpers.js';

/** Puts `markup` in the page as a CMS would have saved it, and waits for the bundle to act on it. */
async function paste(markup: ReturnType<typeof html>, upgraded = true): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div class="cms-block">${markup}</div>`);
  if (upgraded) await waitUntil(() => host.firstElementChild?.localName.startsWith('vrop-'), 'not turned into a widget');
  const widget = host.firstElementChild as HTMLElement & { updateComplete?: Promise<boolean> };
  await widget.updateComplete;
  return widget;
}

describe('the plain form <div data-vrop>, for editors that strip unknown tags', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('becomes the widget, with the same attributes, its own id, class and lang, and its fallback inside', async () => {
    const widget = await paste(html`<div data-vrop="stats" data-vrop-items="students budget" data-vrop-theme="dark" id="figures" class="home" lang="es"><a href="https://valleyrop.net/">Valley ROP en cifras</a></div>`);
    expect(widget.localName).to.equal('vrop-stats');
    expect(widget.getAttributeNames().sort()).to.deep.equal(['class', 'id', 'items', 'lang', 'theme']);
    expect(widget.id).to.equal('figures');
    expect(widget.querySelector('a')!.textContent).to.equal('Valley ROP en cifras');
    const direct = await fixture(html`<vrop-stats items="students budget" theme="dark" lang="es"></vrop-stats>`);
    expect(shadowText(widget)).to.equal(shadowText(direct));
    expect(shadowText(widget)).to.contain('Estudiantes atendidos');
    await expect(widget).to.be.accessible();
  });

  it('checks its attributes as the widget does, and warns about names the widget does not have', async () => {
    const widget = await paste(html`<div data-vrop="mission" data-vrop-heading-level="9" data-vrop-colour="red"></div>`);
    expect(widget.shadowRoot!.querySelector('h2')).not.to.equal(null);
    expect(warnings.messages).to.include('[vrop-widgets] <vrop-mission>: heading-level="9" is not 1-6; using 2.');
    expect(warnings.messages).to.include('[vrop-widgets] <vrop-mission> has no attribute colour; data-vrop-colour is ignored.');
    expect(widget.hasAttribute('colour')).to.equal(false);
  });

  it('an unknown widget name keeps its fallback link, with a warning', async () => {
    const plain = await paste(html`<div data-vrop="calendar"><a href="https://valleyrop.net/">Valley ROP</a></div>`, false);
    await new Promise((resolve) => setTimeout(resolve));
    expect(plain.localName).to.equal('div');
    expect(plain.querySelector('a')!.textContent).to.equal('Valley ROP');
    expect(warnings.messages).to.deep.equal(['[vrop-widgets] data-vrop: <vrop-calendar> is not a widget; the fallback stays.']);
  });

  it('a plain form added later by a script becomes a widget too, and its links report clicks', async () => {
    const block = await fixture<HTMLElement>(html`<div></div>`);
    const plain = document.createElement('div');
    plain.dataset.vrop = 'contact';
    plain.setAttribute('data-vrop-phone', '(559) 555-0100');
    block.append(plain);
    await waitUntil(() => block.querySelector('vrop-contact')?.shadowRoot?.querySelector('[part~="phone-link"]'));
    const kinds: string[] = [];
    block.addEventListener('vrop-link-click', (event) => kinds.push((event as CustomEvent).detail.kind));
    block.addEventListener('click', (event) => event.preventDefault());
    block.querySelector('vrop-contact')!.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="phone-link"]')!.click();
    expect(kinds).to.deep.equal(['phone']);
  });
});
