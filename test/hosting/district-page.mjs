// A district's site for the hosting tests: headless Chromium, and a page server at
// http://district.test:<port>/ that serves whatever page a test writes. `*.test` names resolve
// to this machine, so the district page and Valley ROP's host (rop.test) are two real origins.
import { createServer } from 'node:http';
import { launchChromium } from '../../scripts/find-chrome.mjs';
import { freePort } from './servers.mjs';

/** Valley ROP's host as the district page reaches it: a server's root under the name rop.test. */
export const asRopHost = (address) => address.replace('127.0.0.1', 'rop.test');

export async function openDistrictSite() {
  const browser = await launchChromium(['--host-resolver-rules=MAP *.test 127.0.0.1']);
  const pages = new Map();
  const server = createServer((request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(pages.get(request.url) ?? '<!doctype html><title>none</title>');
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://district.test:${port}`;

  /**
   * Opens a district page with `body` (and `head`), and reports what a visitor would see of the
   * widget `tag` in it, or in its iframe with `frame`: the caption of a stats widget, or its text.
   */
  async function visit(body, { head = '', frame = false, tag = 'vrop-stats' } = {}) {
    const path = `/page-${pages.size}.html`;
    pages.set(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>District</title>
<script>window.dataErrors = []; addEventListener('vrop-data-error', (e) => dataErrors.push(e.detail.reason));</script>${head}</head><body>${body}</body></html>`);
    const page = await browser.newPage();
    const console = [];
    page.on('console', (message) => console.push(message.text()));
    // The scripts the page fetched from Valley ROP's host, by file name (a file fetched twice, twice).
    const scripts = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.hostname === 'rop.test' && url.pathname.endsWith('.js')) scripts.push(url.pathname.split('/').pop());
    });
    try {
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
      const target = frame ? page.frames().find((f) => f.url().includes('/embed.html')) : page.mainFrame();
      const text = target
        ? await target
            // By network idle the bundle has run or been refused: no wait when it was refused.
            .waitForFunction(
              (name) => {
                const root = document.querySelector(name)?.shadowRoot;
                return root?.querySelector('[part~="caption"]')?.textContent ?? (root?.textContent.trim() || (customElements.get(name) ? '' : ' '));
              },
              { timeout: 3000 },
              tag,
            )
            .then((handle) => handle.jsonValue())
            .catch(() => '')
        : '';
      const iframeHeight = frame ? await page.$eval('iframe', (f) => f.height).catch(() => undefined) : undefined;
      const contentHeight = target && frame ? await target.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)) : undefined;
      const dataErrors = await page.evaluate(() => window.dataErrors);
      const fallbackLinks = await page.$$eval('body a', (links) => links.map((link) => link.textContent.trim()));
      // Whether the bundle defined the widget, whether its styles apply (a widget is a block), and
      // whether the fallback link shows.
      const [defined, styled, fallbackVisible] = await page.evaluate((name) => {
        const el = document.querySelector(name);
        const link = el?.querySelector('a');
        return [Boolean(customElements.get(name)), Boolean(el) && getComputedStyle(el).display === 'block', Boolean(link?.checkVisibility())];
      }, tag);
      return { caption: text.trim(), console, scripts, iframeHeight, contentHeight, dataErrors, fallbackLinks, defined, styled, fallbackVisible };
    } finally {
      await page.close();
    }
  }

  return {
    browser,
    origin,
    visit,
    async close() {
      await browser.close();
      server.close();
    },
  };
}
