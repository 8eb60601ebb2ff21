import { expect, fixture, html, waitUntil } from '@open-wc/testing';

const headings = (el: Element | null | undefined) =>
  [...(el?.shadowRoot?.querySelectorAll('.heading') ?? [])].map((h) => `${h.localName}:${h.textContent}`);

async function sha384(path: string): Promise<string> {
  const bytes = await (await fetch(path)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

describe('the embed code builder (demo/builder.html)', () => {
  it('turns choices into a snippet that, pasted into a blank page, shows the same widget', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/demo/builder.html" title="builder" width="1200" height="900"></iframe>`);
    await waitUntil(() => frame.contentDocument?.querySelector<HTMLTextAreaElement>('#snippet')?.value.includes('sha384-'), 'no snippet', { timeout: 4000 });
    const doc = frame.contentDocument!;
    const form = doc.querySelector<HTMLFormElement>('#choices')!;
    const choose = (selector: string, change: (field: HTMLInputElement & HTMLSelectElement) => void) => {
      const field = form.querySelector<HTMLInputElement & HTMLSelectElement>(selector)!;
      change(field);
      field.dispatchEvent(new Event('change', { bubbles: true }));
    };
    choose('[name="sections"][value="mission"]', (f) => (f.checked = false));
    choose('[name="sections"][value="history"]', (f) => (f.checked = true));
    choose('[name="sections"][value="overview"]', (f) => (f.checked = true));
    choose('[name="lang"]', (f) => (f.value = 'es'));
    choose('[name="heading-level"]', (f) => (f.value = '3'));
    choose('[name="more-href"]', (f) => (f.value = 'https://valleyrop.net/about-rop/overview/?a=1&b="2"'));
    await waitUntil(() => doc.querySelector<HTMLTextAreaElement>('#snippet')!.value.includes('heading-level'));

    const code = doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;
    expect(code).to.contain(`integrity="${await sha384('/dist/vrop-widgets.js')}" crossorigin="anonymous"`);
    expect(code).to.contain(`src="${location.origin}/dist/vrop-widgets.js"`);
    expect(code).to.contain(
      '<vrop-mission sections="history overview" more-href="https://valleyrop.net/about-rop/overview/?a=1&amp;b=&quot;2&quot;" lang="es" heading-level="3">',
    );
    expect(code).to.contain('<a href="https://valleyrop.net/about-rop/overview/">Acerca de Valley ROP</a>');
    const previewed = headings(doc.querySelector('#preview vrop-mission'));
    expect(previewed).to.deep.equal(['h3:La historia de los ROP', 'h3:Panorama de Valley ROP']);

    const blank = await fixture<HTMLIFrameElement>(html`<iframe title="blank page"></iframe>`);
    const loaded = new Promise((resolve) => blank.addEventListener('load', resolve, { once: true }));
    blank.srcdoc = `<!doctype html><html><body>${code}</body></html>`;
    await loaded;
    await waitUntil(() => headings(blank.contentDocument!.querySelector('vrop-mission')).length, 'the pasted snippet rendered nothing', { timeout: 4000 });
    expect(headings(blank.contentDocument!.querySelector('vrop-mission'))).to.deep.equal(previewed);
    expect(blank.contentDocument!.querySelector('vrop-mission')!.getAttribute('more-href')).to.equal(
      'https://valleyrop.net/about-rop/overview/?a=1&b="2"',
    );

    const iframeCode = doc.querySelector<HTMLTextAreaElement>('#iframe-snippet')!.value;
    expect(iframeCode).to.contain('/dist/embed.html?widget=mission&amp;sections=history+overview');
  });
});
