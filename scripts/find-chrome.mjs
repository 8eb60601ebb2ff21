// Where Chrome or Chromium is: CHROME_PATH first, then the usual install paths.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const HOW_TO_INSTALL =
  'No Chrome or Chromium found. Set CHROME_PATH to its executable, or install one ' +
  '(Debian/Ubuntu: sudo apt-get install chromium).';

export function findChrome() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist. ${HOW_TO_INSTALL}`);
  }
  return CANDIDATES.find((path) => existsSync(path));
}

/** Flags for headless Chromium here: as root it starts only without the sandbox. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Headless Chromium through puppeteer-core, with these flags and any of the caller's own. */
export async function launchChromium(extraArgs = []) {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(HOW_TO_INSTALL);
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath, headless: true, args: [...CHROME_ARGS, ...extraArgs] });
}
