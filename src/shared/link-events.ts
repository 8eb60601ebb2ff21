/** What an outbound link in a widget leads to. */
export type LinkKind = 'contact' | 'phone' | 'email' | 'district' | 'more';

/** The `detail` of `vrop-link-click`. */
export interface LinkClickDetail {
  /** The widget's name: `mission`, `district-list`, `stats` or `contact`. */
  widget: string;
  kind: LinkKind;
  /** The link's address; for `mailto:` without its subject and body, which may hold what a visitor typed. */
  href: string;
}

/**
 * Reports every activation of a link in `host`'s shadow root as a bubbling, composed
 * `vrop-link-click`, synchronously, so the page counts it before the navigation starts and
 * nothing delays it. `kind` is what the widget's links lead to, unless the address says phone
 * or e-mail.
 */
export function reportLinkClicks(host: HTMLElement, kind: LinkKind): void {
  const report = (event: MouseEvent) => {
    // A middle click opens a tab; other buttons do not follow the link.
    if (event.type === 'auxclick' && event.button !== 1) return;
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link?.href || link.getRootNode() !== host.shadowRoot) return;
    const { protocol } = new URL(link.href);
    const detail: LinkClickDetail = {
      widget: host.localName.replace(/^vrop-/, ''),
      kind: protocol === 'tel:' ? 'phone' : protocol === 'mailto:' ? 'email' : kind,
      href: protocol === 'mailto:' ? link.href.split('?')[0] : link.href,
    };
    host.dispatchEvent(new CustomEvent('vrop-link-click', { bubbles: true, composed: true, detail }));
  };
  host.addEventListener('click', report);
  host.addEventListener('auxclick', report);
}
