import { VERSION } from './shared/version.js';
import { warnOnce } from './shared/warn.js';

type VersionedElement = CustomElementConstructor & { version?: string };

/**
 * Says once that `tag` is registered by something other than this release: another release of
 * vrop-widgets (one warning for the whole copy, naming both versions, not one per element) or the
 * host page's own element (one warning naming that tag: the other widgets still work).
 */
export function warnIfTaken(tag: string, registered: VersionedElement, version = VERSION): void {
  const other = registered.version;
  if (other === version) return;
  warnOnce(
    other
      ? `vrop-widgets ${other} is already registered on this page; this copy, vrop-widgets ${version}, is not used.`
      : `<${tag}> is already defined on this page by another script; the other vrop-widgets elements still work.`,
  );
}

/**
 * Registers `tag` unless it is registered already, so loading the bundle twice on a page
 * (the ES module and the classic script, or two copies at different URLs) never throws.
 */
export function define(tag: string, element: VersionedElement): void {
  const registered = customElements.get(tag) as VersionedElement | undefined;
  if (!registered) customElements.define(tag, element);
  else warnIfTaken(tag, registered, element.version);
}
