import { warnOnce } from './shared/warn.js';

export type Widget = CustomElementConstructor & { observedAttributes?: string[] };

/**
 * Turns the plain form of a widget, which HTML sanitizers keep, into the widget:
 * `<div data-vrop="stats" data-vrop-items="students">…</div>` becomes
 * `<vrop-stats items="students">…</vrop-stats>`, with the same attributes (and so the same
 * checks and warnings), its other attributes (`id`, `class`, `lang`…) and its fallback content.
 */
export function upgrade(plain: Element, widget: Widget | undefined): void {
  const tag = `vrop-${plain.getAttribute('data-vrop')}`;
  // Not connected: another copy of the bundle has replaced it already.
  if (!plain.isConnected) return;
  if (!widget || !/^vrop-[a-z-]+$/.test(tag)) {
    warnOnce(`data-vrop: <${tag}> is not a widget; the fallback stays.`);
    return;
  }
  const element = document.createElement(tag);
  for (const { name, value } of plain.attributes) {
    const own = name.replace(/^data-vrop-?/, '');
    if (own === name) element.setAttribute(name, value);
    else if (widget.observedAttributes?.includes(own)) element.setAttribute(own, value);
    else if (own) warnOnce(`<${tag}> has no attribute ${own}; ${name} is ignored.`);
  }
  element.append(...plain.childNodes);
  plain.replaceWith(element);
}
