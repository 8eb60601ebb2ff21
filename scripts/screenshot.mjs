// Renders a page in headless Chromium and saves a PNG, printing the page's console errors:
// node scripts/screenshot.mjs <url> <out.png> [width] [--dark] [--full]
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, HOW_TO_INSTALL, findChrome } from './find-chrome.mjs';

const [url, out, width = '1200'] = process.argv.slice(2);
const executablePath = findChrome();
if (!executablePath) throw new Error(HOW_TO_INSTALL);

const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  page.on('console', (msg) => {
    if (['error', 'warn'].includes(msg.type())) console.log(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  if (process.argv.includes('--dark')) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  }
  await page.setViewport({ width: Number(width), height: 800 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  if (process.argv.includes('--full')) {
    // Scroll through once, as a visitor would, so content that waits to be seen (the count-up) runs.
    const height = await page.evaluate(() => globalThis.document.body.scrollHeight);
    for (let y = 0; y < height; y += 400) {
      await page.evaluate((top) => globalThis.scrollTo(0, top), y);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await page.evaluate(() => globalThis.scrollTo(0, 0));
    await new Promise((resolve) => setTimeout(resolve, 1200));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
}
