// Each widget's style sheets as a file of the release, dist/vrop-<widget>.css, for prerendered
// snippets: their declarative shadow root links it, since a strict Content-Security-Policy allows
// no inline <style>. Read from the modules tsc has just written to lib/ (they load in Node, where
// Lit brings its own minimal DOM), so the file holds exactly the CSS the element adopts, and the
// rules that show prerendered markup in place of its fallback link once the file has arrived.
import { readFileSync } from 'node:fs';

/** The widgets' modules, from package.json's exports: `./mission` → lib/mission/vrop-mission.js. */
export function widgetModules() {
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
  return Object.values(exports)
    .map((entry) => entry.default?.match(/^\.\/lib\/[a-z-]+\/(vrop-[a-z-]+)\.js$/))
    .filter(Boolean)
    .map(([path, tag]) => ({ path, tag }));
}

/** A rollup plugin that emits dist/vrop-<widget>.css beside the bundle. */
export function publishWidgetStyles() {
  return {
    name: 'publish-widget-styles',
    async generateBundle() {
      const { PRERENDER_RULES, adoptedCss } = await import(new URL('../lib/shared/prerender.js', import.meta.url).href);
      for (const { path, tag } of widgetModules()) {
        await import(new URL(`../${path}`, import.meta.url).href);
        this.emitFile({ type: 'asset', fileName: `${tag}.css`, source: `${adoptedCss(globalThis.customElements.get(tag))}\n${PRERENDER_RULES}\n` });
      }
    },
  };
}
