/**
 * Which engine runs the suite, and what its test harness can do there (web-test-runner.config.mjs
 * launches each): Chromium's CDP emulates media and sets the viewport; Firefox (WebDriver BiDi) sets
 * the viewport only; WebKit (classic WebDriver) neither. A test that needs what the engine lacks
 * is skipped with the reason in its name, and the run's summary lists every such skip.
 */
import { emulateMedia, setViewport } from '@web/test-runner-commands';

const agent = navigator.userAgent;
export const ENGINE = /Firefox\//.test(agent) ? 'firefox' : /Chrome\//.test(agent) ? 'chromium' : 'webkit';

const CAN = {
  media: ENGINE === 'chromium',
  viewport: ENGINE !== 'webkit',
};
type Need = keyof typeof CAN;

const WHY: Record<Need, string> = {
  media: 'the harness emulates media (dark, reduced motion, print) only through Chromium’s CDP',
  viewport: 'WebKit’s WebDriver cannot set the viewport, and MiniBrowser is never narrower than 447 px',
};

const skipped = (title: string, need: Need) => `${title} [skipped in ${ENGINE}: ${WHY[need]}]`;

/** `it` for a test that needs `need`; where the engine lacks it, skipped by name with the reason. */
export function itNeeds(need: Need, title: string, fn: Mocha.AsyncFunc): void {
  if (CAN[need]) it(title, fn);
  else it.skip(skipped(title, need), fn);
}

/** `describe` for a group of tests that need `need`. */
export function describeNeeds(need: Need, title: string, fn: () => void): void {
  if (CAN[need]) describe(title, fn);
  else describe.skip(skipped(title, need), fn);
}

/** Puts the viewport back after a test that changed it, where it can be changed. */
export const resetViewport = async (): Promise<void> => {
  if (CAN.viewport) await setViewport({ width: 800, height: 600 });
};

/**
 * Emulates media features where the engine can, for set-up and clean-up that an engine without
 * emulation already has as its default (light, no reduced motion, screen).
 */
export const emulateIfCan = async (features: Parameters<typeof emulateMedia>[0]): Promise<void> => {
  if (CAN.media) await emulateMedia(features);
};
