import { warnOnce } from './shared/warn.js';

type VersionedElement = CustomElementConstructor & { version?: string };

/**
 * Registers `tag` unless it is registered already, so loading the bundle twice on a page
 * (the ES module and the classic script, or two copies at different URLs) never throws.
 * When the other registration is a different release, one warning names both versions.
 */
export function define(tag: string, element: VersionedElement): void {
  const registered = customElements.get(tag) as VersionedElement | undefined;
  if (!registered) {
    customElements.define(tag, element);
    return;
  }
  if (registered.version !== element.version) {
    // No tag in the message: one warning for the whole second copy, not one per element.
    warnOnce(
      `vrop-widgets ${registered.version ?? '(not vrop-widgets)'} is already registered on this page; ` +
        `this copy, vrop-widgets ${element.version ?? '(unknown)'}, is not used.`,
    );
  }
}
