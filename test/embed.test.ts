import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { VropContact, VropDistrictList, VropMission, VropStats } from '../src/index.js';

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

  // Values each widget keeps as given: the theme and the layouts reflect, so they take real choices.
  const SAMPLES: Record<string, string> = { theme: 'dark', lang: 'es', 'heading-level': '3', src: '/dist/vrop-data.json', timeout: '5000' };
  const WIDGETS = {
    mission: { element: VropMission, layout: '' },
    'district-list': { element: VropDistrictList, layout: 'grid' },
    stats: { element: VropStats, layout: 'grid' },
    contact: { element: VropContact, layout: 'card' },
  };
  for (const [widget, { element, layout }] of Object.entries(WIDGETS)) {
    it(`passes every attribute <vrop-${widget}> observes, as the address gives it`, async () => {
      const given = element.observedAttributes.map((name) => [name, SAMPLES[name] ?? (name === 'layout' ? layout : name)]);
      const { frame } = await embed(new URLSearchParams([['widget', widget], ...given]).toString());
      const el = frame.contentDocument!.querySelector(`vrop-${widget}`)!;
      expect(given.map(([name]) => [name, el.getAttribute(name)])).to.deep.equal(given);
    });
  }

  it('passes the contact form’s time limit (`timeout`)', async () => {
    expect(VropContact.observedAttributes).to.include('timeout');
    const { frame } = await embed('widget=contact&form-action=/contact/ok&timeout=5000');
    expect(frame.contentDocument!.querySelector<VropContact>('vrop-contact')!.timeout).to.equal(5000);
  });

  it('shows the mission for an unknown widget name', async () => {
    const { frame } = await embed('widget=bogus');
    const el = frame.contentDocument!.querySelector('vrop-mission')!;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Our Mission');
  });
});

describe('dist/embed.html forwards what a host page may count', () => {
  it('link clicks and the form’s outcome reach the parent, without what the visitor typed', async () => {
    const messages: { type: string; widget: string; detail: Record<string, unknown> }[] = [];
    const listener = (event: MessageEvent) => {
      if (event.data?.type?.startsWith('vrop-') && event.data.type !== 'vrop-embed-height') messages.push(event.data);
    };
    window.addEventListener('message', listener);
    try {
      const { frame } = await embed('widget=contact&phone=(559)%20555-0100&email=info@example.org');
      const doc = frame.contentDocument!;
      // The test page stays: the frame's links would open in it.
      doc.addEventListener('click', (event) => event.preventDefault());
      const contact = doc.querySelector('vrop-contact')!;
      contact.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="phone-link"]')!.click();
      contact.dispatchEvent(new CustomEvent('vrop-contact-sent', { bubbles: true, composed: true, detail: { name: 'Ana', message: 'private' } }));
      contact.dispatchEvent(new CustomEvent('vrop-contact-error', { bubbles: true, composed: true, detail: { reason: 'status', status: 500 } }));
      await waitUntil(() => messages.length === 3, `got ${JSON.stringify(messages)}`);
      expect(messages).to.deep.equal([
        { type: 'vrop-link-click', widget: 'contact', detail: { widget: 'contact', kind: 'phone', href: 'tel:5595550100' } },
        { type: 'vrop-contact-sent', widget: 'contact', detail: {} },
        { type: 'vrop-contact-error', widget: 'contact', detail: { reason: 'status', status: 500 } },
      ]);
    } finally {
      window.removeEventListener('message', listener);
    }
  });
});
