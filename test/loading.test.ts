import { expect, fixture, html, waitUntil } from '@open-wc/testing';

async function openPage(path: string, ready: (doc: Document) => unknown): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe src=${path} title="test page" width="800"></iframe>`);
  await waitUntil(() => frame.contentDocument && ready(frame.contentDocument), `${path} never got ready`, { timeout: 4000 });
  return frame;
}

const headings = (doc: Document, id: string) =>
  [...doc.getElementById(id)!.shadowRoot!.querySelectorAll('.heading')].map((h) => `${h.localName}:${h.textContent}`);

describe('loading', () => {
  it('upgrades elements parsed, created or attached before and after the definitions, keeping early properties', async () => {
    const frame = await openPage('/test/pages/late-upgrade.html', (doc) => doc.body.dataset.done);
    const doc = frame.contentDocument!;
    const { beforeUpgrade } = frame.contentWindow as Window & { beforeUpgrade: Record<string, unknown> };
    expect(beforeUpgrade.parsedFallbackShown, 'fallback link visible before upgrade').to.equal(true);
    // The README's :not(:defined) rule reserves a block before the script runs.
    expect(beforeUpgrade.parsedDisplay).to.equal('block');
    expect(beforeUpgrade.parsedHeight).to.be.at.least(12 * 16);
    expect(headings(doc, 'parsed')).to.deep.equal(['h3:The History of ROP']);
    expect(headings(doc, 'created-early')).to.deep.equal(['h4:Valley ROP Overview']);
    expect(headings(doc, 'attached-late')).to.deep.equal(['h2:Our Mission', 'h2:The History of ROP']);
    expect(doc.querySelector('#parsed a')!.getClientRects().length, 'fallback hidden after upgrade').to.equal(0);
  });

  it('survives the bundle loaded three times: module, second copy and classic script', async () => {
    const frame = await openPage('/test/pages/double-load.html', (doc) =>
      [...doc.querySelectorAll('vrop-mission')].every((el) => el.shadowRoot?.querySelector('.heading')),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { recorded } = frame.contentWindow as Window & { recorded: { errors: string[]; warnings: string[] } };
    expect(recorded.errors).to.deep.equal([]);
    expect(recorded.warnings.length).to.be.at.most(1);
    const widgets = [...frame.contentDocument!.querySelectorAll('vrop-mission')];
    expect(widgets.map((el) => el.shadowRoot!.querySelectorAll('section').length)).to.deep.equal([1, 2]);
    expect(widgets[1].shadowRoot!.querySelector('h2')!.textContent).to.equal('Nuestra misión');
  });
});
