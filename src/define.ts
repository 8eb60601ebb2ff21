import { warnOnce } from './shared/warn.js';

type VersionedElement = CustomElementConstructor & { version?: string };

/**
 * Registers `tag` unless it is registered already, so loading the bundle twice on a page
 * (the ES module and the classic script, or two copies at different URLs) never throws.
 * When the other registration is a different release, one warning names both versions (one for
 * the whole copy, not one per element); when it is the host page's own element, one warning
 * names that tag: the other widgets still work.
 */
export function define(tag: string, element: VersionedElement): void {
  const registered = customElements.get(tag) as VersionedElement | undefined;
  const version = registered?.version;
  if (!registered) customElements.define(tag, element);
  else if (version !== element.version) {
    warnOnce(
      version
        ? `vrop-widgets ${version} is already registered on this page; this copy, vrop-widgets ${element.version}, is not used.`
        : `<${tag}> is already defined on this page by another script; the other vrop-widgets elements still work.`,
    );
  }
}
