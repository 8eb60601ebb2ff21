import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { LinkClickDetail } from '../src/index.js';

/**
 * Records every `vrop-link-click` that reaches the document, and whether the widget had left the
 * navigation alone when it fired; then cancels the navigation, so the test page stays.
 */
function recordLinkClicks() {
  const seen: { detail: LinkClickDetail; navigationBlocked: boolean }[] = [];
  let last: LinkClickDetail | undefined;
  const onReport = (event: Event) => (last = (event as CustomEvent<LinkClickDetail>).detail);
  const onClick = (event: Event) => {
    if (last) seen.push({ detail: last, navigationBlocked: event.defaultPrevented });
    last = undefined;
    event.preventDefault();
  };
  document.addEventListener('vrop-link-click', onReport);
  document.addEventListener('click', onClick);
  document.addEventListener('auxclick', onClick);
  return {
    seen,
    stop() {
      document.removeEventListener('vrop-link-click', onReport);
      document.removeEventListener('click', onClick);
      document.removeEventListener('auxclick', onClick);
    },
  };
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLAnchorElement>(`[part~="${name}"]`)!;

describe('vrop-link-click: what a host page’s analytics can count', () => {
  let clicks: ReturnType<typeof recordLinkClicks>;
  beforeEach(() => (clicks = recordLinkClicks()));
  afterEach(() => clicks.stop());

  it('the mission’s “Learn more”, by mouse and by keyboard, once each, without holding the navigation', async () => {
    const el = await fixture(html`<vrop-mission more-href="https://valleyrop.net/about-rop/overview/"></vrop-mission>`);
    part(el, 'more').click();
    part(el, 'more').focus();
    await sendKeys({ press: 'Enter' });
    const expected = { widget: 'mission', kind: 'more', href: 'https://valleyrop.net/about-rop/overview/' };
    expect(clicks.seen).to.deep.equal([
      { detail: expected, navigationBlocked: false },
      { detail: expected, navigationBlocked: false },
    ]);
  });

  it('the contact widget’s “Contact Us”, phone and e-mail links say which they are', async () => {
    const el = await fixture(html`<vrop-contact phone="(559) 555-0100" email="info@example.org"></vrop-contact>`);
    for (const name of ['button', 'phone-link', 'email-link']) part(el, name).click();
    expect(clicks.seen.map(({ detail }) => detail)).to.deep.equal([
      { widget: 'contact', kind: 'contact', href: 'https://valleyrop.net/' },
      { widget: 'contact', kind: 'phone', href: part(el, 'phone-link').href },
      { widget: 'contact', kind: 'email', href: 'mailto:info@example.org' },
    ]);
    expect(part(el, 'phone-link').href).to.match(/^tel:/);
  });

  it('a mailto address is reported without its subject and body, which may hold what a visitor typed', async () => {
    const href = 'mailto:info@example.org?subject=Hello&body=My%20phone%20is%20555';
    const el = await fixture(html`<vrop-contact href=${href}></vrop-contact>`);
    part(el, 'button').click();
    expect(clicks.seen.map(({ detail }) => detail)).to.deep.equal([{ widget: 'contact', kind: 'email', href: 'mailto:info@example.org' }]);
  });

  it('a district’s website, and a middle click that opens it in a new tab; not a right click', async () => {
    const el = await fixture(html`<vrop-district-list></vrop-district-list>`);
    const sanger = [...el.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent!.includes('Sanger'))!;
    sanger.click();
    for (const button of [1, 2]) sanger.dispatchEvent(new MouseEvent('auxclick', { button, bubbles: true, composed: true, cancelable: true }));
    expect(clicks.seen.map(({ detail }) => detail)).to.deep.equal([
      { widget: 'district-list', kind: 'district', href: sanger.href },
      { widget: 'district-list', kind: 'district', href: sanger.href },
    ]);
    expect(sanger.href).to.equal('https://www.sanger.k12.ca.us/');
  });

  it('the page’s own links inside a widget are not the widget’s, and nothing is sent anywhere', async () => {
    const requestsBefore = performance.getEntriesByType('resource').length;
    const el = await fixture(html`<vrop-mission more-href="https://valleyrop.net/"><a slot="after" href="https://example.org/">Ours</a></vrop-mission>`);
    el.querySelector('a')!.click();
    part(el, 'more').click();
    expect(clicks.seen.map(({ detail }) => detail.href)).to.deep.equal(['https://valleyrop.net/']);
    expect(performance.getEntriesByType('resource').length).to.equal(requestsBefore);
  });
});
