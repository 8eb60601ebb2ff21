import { warnIfTaken } from './define.js';
import { upgrade, type Widget } from './plain-elements.js';
import { warnOnce } from './shared/warn.js';

/** Each widget's tag and the import of its module, which registers it. */
export type WidgetModules = Record<string, () => Promise<unknown>>;

/**
 * Written in by the build (rollup.config.mjs, `chunkIntegrity`) as JSON: for each widget's tag,
 * the release files its module needs beside this one, each with its SRI hash. Unbuilt sources
 * (tests, Storybook, a consumer's bundler) keep this placeholder and import without hashes.
 */
const CHUNK_FILES = '__VROP_CHUNK_FILES__';
const chunkFiles: Record<string, [file: string, integrity: string][]> =
  CHUNK_FILES[0] === '{' ? JSON.parse(CHUNK_FILES) : {};

const modules = new Map<string, () => Promise<unknown>>();
const loading = new Map<string, Promise<Widget | undefined>>();
/** Each file's check, once per page: two widgets may share a file. */
const checks = new Map<string, Promise<void>>();

/**
 * WebKit (Safari, and every browser on iOS) loads a modulepreload without checking its hash (seen
 * in WebKitGTK: the changed file ran), so there the file is checked once more with fetch().
 */
const preloadUnchecked = () => navigator.vendor === 'Apple Computer, Inc.';

/**
 * Fetches one of the widget's files through `<link rel="modulepreload">` with its hash, so the
 * browser refuses a file that differs from the release by one byte, as it refuses the bundle
 * under the snippet's `integrity` (import() itself takes no hash); the module then comes from the
 * browser's module map, fetched once. Where that check is missing (WebKit, or no modulepreload as
 * in Safari before 17), fetch() checks the file before anything imports it: from the HTTP cache
 * once the preload has it (the release's files are cached), else from the host.
 */
function fetchChecked([file, integrity]: [string, string]): Promise<void> {
  const href = new URL(file, import.meta.url).href;
  const known = checks.get(href);
  if (known) return known;
  const link = document.createElement('link');
  const preloads = link.relList.supports('modulepreload');
  const preloaded = preloads
    ? new Promise<void>((resolve, reject) => {
        link.onload = () => resolve();
        link.onerror = reject;
        Object.assign(link, { rel: 'modulepreload', href, integrity, crossOrigin: 'anonymous' });
        document.head.append(link);
      })
    : Promise.resolve();
  const fetched = () =>
    fetch(href, { integrity, mode: 'cors', credentials: 'same-origin' }).then((response) => {
      if (!response.ok) throw new Error();
    });
  const checked = (preloads && !preloadUnchecked() ? preloaded : preloaded.then(fetched)).catch(() => {
    throw new Error(`${href} could not be loaded or differs from the release`);
  });
  checks.set(href, checked);
  return checked;
}

/**
 * The registered class of a widget's tag, loading its code first when the page has not yet;
 * undefined for a tag that is not a widget, or whose code could not be loaded (the page keeps
 * the element's fallback content, and the console says why once).
 */
export function loadWidget(tag: string): Promise<Widget | undefined> {
  const registered = customElements.get(tag) as Widget | undefined;
  const load = modules.get(tag);
  // Registered by another script: this copy's code for it is not needed (and not loaded).
  if (registered && load) warnIfTaken(tag, registered);
  if (registered || !load) return Promise.resolve(registered);
  let widget = loading.get(tag);
  if (!widget) {
    widget = Promise.all((chunkFiles[tag] ?? []).map(fetchChecked))
      .then(load)
      .then(() => customElements.get(tag) as Widget | undefined)
      .catch((error: Error) => {
        warnOnce(`<${tag}>'s code was not loaded (${error.message}); its fallback content stays.`);
        return undefined;
      });
    loading.set(tag, widget);
  }
  return widget;
}

/**
 * Loads the code of each widget the page shows, now and whenever the parser or a script adds
 * one, and turns each plain form (`<div data-vrop="stats">`) into its widget once that is loaded.
 */
export function watchPage(widgetModules: WidgetModules = {}): void {
  for (const [tag, load] of Object.entries(widgetModules)) modules.set(tag, load);
  const selector = ['[data-vrop]', ...modules.keys()].join();
  const visit = (element: Element) => {
    const plain = element.getAttribute('data-vrop');
    if (plain === null) void loadWidget(element.localName);
    else {
      const tag = `vrop-${plain}`;
      const widget = customElements.get(tag) as Widget | undefined;
      // Already registered: upgraded at once, before the page paints, as before lazy loading.
      if (widget) upgrade(element, widget);
      else void loadWidget(tag).then((loaded) => upgrade(element, loaded));
    }
  };
  const visitAll = (root: ParentNode) => root.querySelectorAll(selector).forEach(visit);
  visitAll(document);
  new MutationObserver((records) =>
    records.forEach((record) =>
      record.addedNodes.forEach((node) => {
        if (!(node instanceof Element)) return;
        if (node.matches(selector)) visit(node);
        visitAll(node);
      }),
    ),
  ).observe(document, { childList: true, subtree: true });
}
