/**
 * dist/embed.html's script, for hosts that allow only iframes: it renders the one widget its
 * query string names (`?widget=stats&lang=es&current=sanger&theme=dark`) and tells the parent
 * page its height (`{ type: 'vrop-embed-height', height }` by postMessage) so the frame can fit,
 * and forwards what a host's analytics may count: `vrop-link-click` with its detail, and the
 * contact form's `vrop-contact-sent` and `vrop-contact-error` without what the visitor typed.
 */
import { loadWidget } from '../bundle.js';

// embed.html loads the bundle in a module script before this one, and module scripts run in
// order: its loader is ready. The widgets and their attributes come from the registry once the
// requested widget is loaded, so an attribute a widget gains passes from the address with no
// change here.
const params = new URLSearchParams(location.search);
const requested = params.get('widget') ?? 'mission';
let widget = requested;

function reportHeight(): void {
  let lastHeight = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight || window.parent === window) return;
    lastHeight = height;
    window.parent.postMessage({ type: 'vrop-embed-height', widget, height }, '*');
  }).observe(document.documentElement);
}

async function show(): Promise<void> {
  let widgetClass = /^[a-z-]+$/.test(requested) ? await loadWidget(`vrop-${requested}`) : undefined;
  if (!widgetClass) {
    console.warn(`[vrop-widgets] embed: unknown widget "${requested}"; showing mission.`);
    widget = 'mission';
    widgetClass = await loadWidget('vrop-mission');
  }
  const element = document.createElement(`vrop-${widget}`);
  // Only the widget's own attributes pass from the address to the element.
  const attributes = widgetClass?.observedAttributes ?? [];
  for (const [name, value] of params) {
    if (attributes.includes(name)) element.setAttribute(name, value);
  }
  document.documentElement.lang = params.get('lang') ?? 'en';
  // The frame has no page font to inherit from; the parent page's look is not reachable.
  document.body.style.margin = '0';
  document.body.style.fontFamily = params.get('font') === 'serif' ? 'Georgia, serif' : 'system-ui, sans-serif';
  document.body.replaceChildren(element);
  // Only from here: the empty page's height would size the frame before the widget arrives.
  reportHeight();
}
void show();

// The frame cannot know the embedding page's origin, so it posts to any: nothing sent here is
// private (link addresses without a mailto's body, the form's outcome without its fields).
const FORWARDED: Record<string, (detail: Record<string, unknown>) => unknown> = {
  'vrop-link-click': (detail) => detail,
  'vrop-contact-sent': () => ({}),
  'vrop-contact-error': ({ reason, status }) => ({ reason, status }),
};
for (const [type, safe] of Object.entries(FORWARDED)) {
  document.addEventListener(type, (event) => {
    if (window.parent === window) return;
    window.parent.postMessage({ type, widget, detail: safe((event as CustomEvent).detail ?? {}) }, '*');
  });
}
