import { expect, fixture, html, waitUntil } from '@open-wc/testing';

/** Loads dist/embed.html with `query` in a frame and waits for its widget to render. */
async function embed(query: string): Promise<{ frame: HTMLIFrameElement; heights: number[] }> {
  const heights: number[] = [];
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Valley ROP" width="600"></iframe>`);
  window.addEventListener('message', (event) => {
    if (event.source === frame.contentWindow && event.data?.type === 'vrop-embed-height') {
      heights.push(event.data.height);
    }
  });
  frame.src = `/dist/embed.html?${query}`;
  await waitUntil(() => heights.length > 0, 'the embed never reported its height', { timeout: 4000 });
  return { frame, heights };
}

describe('dist/embed.html (iframe-only hosts)', () => {
  it('renders the widget and attributes its address names, and reports its height', async () => {
    const { frame, heights } = await embed('widget=mission&lang=es&sections=history&theme=dark&heading-level=3');
    const el = frame.contentDocument!.querySelector('vrop-mission')!;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('La historia de los ROP');
    expect(frame.contentDocument!.documentElement.lang).to.equal('es');
    const rendered = frame.contentDocument!.documentElement.getBoundingClientRect().height;
    expect(heights.at(-1)).to.equal(Math.ceil(rendered));
    expect(heights.at(-1)).to.be.greaterThan(150);
  });

  it('passes only the widgets’ own attributes, and links open in the embedding page', async () => {
    const { frame } = await embed('widget=mission&onclick=alert(1)&style=color:red&more-href=https://valleyrop.net/');
    const el = frame.contentDocument!.querySelector('vrop-mission')!;
    expect(el.getAttributeNames().sort()).to.deep.equal(['more-href', 'theme']);
    expect(frame.contentDocument!.querySelector('base')!.target).to.equal('_top');
  });

  it('shows the mission for an unknown widget name', async () => {
    const { frame } = await embed('widget=bogus');
    const el = frame.contentDocument!.querySelector('vrop-mission')!;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Our Mission');
  });
});
