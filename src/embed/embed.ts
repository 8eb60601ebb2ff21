/**
 * dist/embed.html's script, for hosts that allow only iframes: it renders the one widget its
 * query string names (`?widget=stats&lang=es&current=sanger&theme=dark`) and tells the parent
 * page its height (`{ type: 'vrop-embed-height', height }` by postMessage) so the frame can fit.
 */
const WIDGETS = ['mission', 'district-list', 'stats', 'contact'];
// Only the widgets' own attributes pass from the address to the element.
const ATTRIBUTES = [
  'lang', 'theme', 'src', 'heading-level', 'sections', 'more-href', 'current', 'layout', 'details',
  'link-target', 'items', 'no-animation', 'href', 'phone', 'email', 'address', 'form-action', 'district',
];

const params = new URLSearchParams(location.search);
const requested = params.get('widget') ?? 'mission';
const widget = WIDGETS.includes(requested) ? requested : 'mission';
if (widget !== requested) console.warn(`[vrop-widgets] embed: unknown widget "${requested}"; showing mission.`);

const element = document.createElement(`vrop-${widget}`);
for (const [name, value] of params) {
  if (ATTRIBUTES.includes(name)) element.setAttribute(name, value);
}
document.documentElement.lang = params.get('lang') ?? 'en';
// The frame has no page font to inherit from; the parent page's look is not reachable.
document.body.style.margin = '0';
document.body.style.fontFamily = params.get('font') === 'serif' ? 'Georgia, serif' : 'system-ui, sans-serif';
document.body.replaceChildren(element);

let lastHeight = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  window.parent.postMessage({ type: 'vrop-embed-height', widget, height }, '*');
}).observe(document.documentElement);
