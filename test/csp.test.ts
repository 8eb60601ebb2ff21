import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { VARIANTS } from './fixtures/variants.js';

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  it('renders every widget state in both themes and languages with zero violations', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/pages/csp.html" title="CSP page"></iframe>`);
    await waitUntil(() => frame.contentDocument?.body?.dataset.rendered, 'the CSP page never rendered', { timeout: 4000 });
    const page = frame.contentWindow as Window & { violations: string[] };
    const widgets = [...frame.contentDocument!.body.querySelectorAll('*')].filter((el) => el.localName.startsWith('vrop-'));
    expect(widgets).to.have.length(VARIANTS.length * 4);
    for (const el of widgets) expect(el.shadowRoot!.textContent!.trim().length, el.localName).to.be.greaterThan(20);
    expect(page.violations).to.deep.equal([]);
    // The policy really is in force: an inline style and a string-built script are refused.
    const doc = frame.contentDocument!;
    doc.head.append(Object.assign(doc.createElement('style'), { textContent: 'body { color: red }' }));
    expect(() => (doc.createElement('script').textContent = 'window.ran = true')).to.throw(/TrustedScript/);
    await waitUntil(() => page.violations.length === 2, 'the policy was not in force');
    expect(page.violations.map((v) => v.split(':')[0]).sort()).to.deep.equal([
      'require-trusted-types-for',
      'style-src-elem',
    ]);
  });
});
