import { adoptStyles, LitElement, type CSSResult, type PropertyDeclarations, type PropertyValues } from 'lit';
import { dataLimits, loadData, type DataError } from './data/load.js';
import type { VropData } from './data/types.js';
import type { HeadingLevel } from './heading.js';
import { observeLang } from './lang-observer.js';
import { reportLinkClicks, type LinkClickDetail, type LinkKind } from './link-events.js';
import { resolveLang, type Lang } from './locale.js';
import { isOneOf } from './one-of.js';
import { hostStyles } from './tokens.styles.js';
import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export type { LinkClickDetail } from './link-events.js';

/** The `detail` of `vrop-data-error`. */
export interface DataErrorDetail {
  url: string;
  reason: DataError['reason'];
  message: string;
}

/**
 * What every widget shares: language resolution that follows the page, the theme, the
 * heading level, and the data it renders. Widgets read `this.locale`, `this.level` and
 * `this.data` in `render()`; none of them fetches or parses anything while rendering.
 *
 * The API every widget inherits: the tags below are documented once, here, and the manifest lists
 * them under each widget. The defaults of the CSS custom properties are stated where each is
 * defined, in the styles (tokens.styles.ts for these); the analyzer copies them into the manifest.
 *
 * @attr {string} lang - Language, `en` or `es` (BCP 47, so `es-MX` counts as `es`). Absent: the nearest ancestor's `lang`, then `<html lang>`, then English. Follows live changes.
 *
 * @cssprop --vrop-font-family - Font of the widget. Default: the page's font.
 * @cssprop --vrop-font-size - Font size of the widget; `1em` is the page's size.
 * @cssprop --vrop-line-height - Line height of the text.
 * @cssprop --vrop-color-text - Text colour.
 * @cssprop --vrop-color-muted - Secondary text: captions, introductions, detail labels.
 * @cssprop --vrop-color-surface - Background.
 * @cssprop --vrop-color-surface-alt - Background of tinted blocks: the contact banner, each figure, the current district.
 * @cssprop --vrop-color-accent - Links, buttons, figures and the current district's mark.
 * @cssprop --vrop-color-on-accent - Text on the accent colour: the contact button, the "Your district" label.
 * @cssprop --vrop-color-border - Field and card borders (3:1 or more on the surfaces).
 * @cssprop --vrop-color-focus - Keyboard focus ring. Default: the accent colour.
 * @cssprop --vrop-color-error - The contact form's validation and failure messages.
 * @cssprop --vrop-color-success - The mark beside the contact form's "sent" message.
 * @cssprop --vrop-heading-color - Heading colour. Default: the text colour.
 * @cssprop --vrop-heading-font-family - Heading font. Default: the widget's font.
 * @cssprop --vrop-heading-size - Heading size.
 * @cssprop --vrop-padding - Space inside the widget's box. None in the light theme, so the text lines up with the page's; the contact card keeps `1.25em` in both themes.
 * @cssprop --vrop-radius - Corner radius of the box, cards, tiles, buttons, fields and labels.
 * @cssprop --vrop-space - The base of the spacing scale: between blocks, figures, cards and fields.
 *
 * @fires {CustomEvent<LinkClickDetail>} vrop-link-click - A visitor followed one of the widget's links (click, Enter or middle click), fired before the navigation and without delaying it: for a page's own analytics; the widgets track nothing. `detail`: `{ widget, kind, href }`, `kind` one of `contact phone email district more`; a `mailto:` address comes without its subject and body.
 * @fires {CustomEvent<DataErrorDetail>} vrop-data-error - The data file named by `src` or `<meta name="vrop-data">` could not be used (missing, slow, too large, not JSON, unknown version or invalid); the widget keeps the built-in data. `detail`: `{ url, reason, message }`, `reason` one of `missing timeout too-large not-json version invalid`.
 */
export class VropElement extends LitElement {
  /** The release that defined this element; `define()` compares it across bundle copies. */
  static readonly version = VERSION;

  /**
   * The built-in sections this widget renders (`{ figures: FIGURES }`): each widget names its
   * own, so that a widget imported alone carries only its content, not every widget's.
   */
  protected static defaults: Partial<VropData> = {};

  /** What the widget's own links lead to, in `vrop-link-click` (phone and e-mail links say so themselves). */
  protected static linkKind: LinkKind = 'more';

  static override styles = [hostStyles];

  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    src: {},
    locale: { state: true },
    fileData: { state: true },
  };

  /** `light` (default), `dark`, or `auto` to follow the visitor's `prefers-color-scheme`. */
  theme: Theme = 'light';

  /** The level (1-6) of the widget's own heading, so it fits the page's outline. */
  headingLevel: number = 2;

  /**
   * Address of a data file (JSON, `"version": 1`) whose sections replace the built-in ones.
   * Absent: the `content` of `<meta name="vrop-data">` if the page has one, else no request.
   */
  src?: string;

  /** The language the widget speaks now, resolved from `lang` on it or its ancestors. */
  protected locale: Lang = 'en';

  /** The data file's sections over the widget's defaults, once the file has arrived and passed. */
  private fileData?: VropData;

  /** The data file in use: from `src`, else from the page's `<meta name="vrop-data">`. */
  private dataUrl?: string;

  private stopObservingLang?: () => void;

  /** Whether the element arrived with its markup already shown (a prerendered snippet). */
  protected prerendered = false;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * The data the widget renders: the data file's when one arrived, else the embedded defaults.
   * Only the sections in the widget's `defaults` are there for sure (a widget reads no other).
   */
  protected get data(): VropData {
    return this.fileData ?? ((this.constructor as typeof VropElement).defaults as VropData);
  }

  /** `heading-level` as a valid level; anything else falls back to 2. */
  protected get level(): HeadingLevel {
    const n = this.headingLevel;
    return Number.isInteger(n) && n >= 1 && n <= 6 ? (n as HeadingLevel) : 2;
  }

  constructor() {
    super();
    reportLinkClicks(this, (this.constructor as typeof VropElement).linkKind);
  }

  /**
   * A prerendered snippet's declarative shadow root holds the markup the builder saved, shown at
   * parse time. Lit would render after it, so it is emptied here, in the same task as the first
   * render: nothing paints in between, and nothing moves.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.prerendered = Boolean(this.shadowRoot?.firstChild);
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.updateLocale();
    this.stopObservingLang = observeLang(() => this.updateLocale());
  }

  /**
   * Constructed style sheets apply only in the document that made them, so a widget moved into
   * another one (a CMS's preview iframe) would lose its styles: there it adopts copies made in
   * that document; back home, the shared ones again.
   */
  adoptedCallback(): void {
    const doc = this.ownerDocument;
    const view = doc.defaultView as typeof globalThis | null;
    const styles = (this.constructor as typeof LitElement).elementStyles as CSSResult[];
    if (!this.shadowRoot || !view) return;
    if (doc === document) return adoptStyles(this.shadowRoot, styles);
    this.shadowRoot.adoptedStyleSheets = styles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(style.cssText);
      return sheet;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLang?.();
    this.stopObservingLang = undefined;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.updateLocale();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('src')) {
      const meta = document.querySelector('meta[name="vrop-data"]')?.getAttribute('content');
      const url = this.src || meta || undefined;
      if (url !== this.dataUrl) this.useDataFile(url);
    }
    if (changed.has('headingLevel') && this.level !== this.headingLevel) {
      this.warn(`heading-level="${this.getAttribute('heading-level') ?? this.headingLevel}" is not 1-6; using 2.`);
    }
    this.checkChoice(changed, 'theme', THEMES);
  }

  /**
   * Warns when a choice attribute (`theme`, `layout`) has changed to none of its `choices`; the
   * widget then renders the first choice, its default (`oneOf` in shared/one-of.ts).
   */
  protected checkChoice<K extends keyof this & string>(
    changed: ReadonlyMap<PropertyKey, unknown>,
    name: K,
    choices: readonly string[],
  ): void {
    if (changed.has(name) && !isOneOf(choices, this[name])) {
      this.warn(`${name}="${this[name]}" is not one of ${choices.join(', ')}; using ${choices[0]}.`);
    }
  }

  /** Warns once per page, naming this element. */
  protected warn(message: string): void {
    warnOnce(`<${this.localName}>: ${message}`);
  }

  /**
   * Until the file arrives the widget keeps its space but shows nothing (`aria-busy`), so the
   * built-in 2018-19 figures never flash before the file's; after a short wait, or when the
   * file fails, the defaults show. A prerendered widget stays in sight: its markup was on screen
   * before the script, and hiding it now would be the flash this avoids.
   */
  private useDataFile(url: string | undefined): void {
    this.dataUrl = url;
    this.fileData = undefined;
    if (!url) return;
    const current = () => this.dataUrl === url;
    if (!this.prerendered) this.setAttribute('aria-busy', 'true');
    const stopWaiting = () => current() && this.removeAttribute('aria-busy');
    const timer = setTimeout(stopWaiting, dataLimits.waitMs);
    loadData(url)
      .then(
        (sections) =>
          current() && (this.fileData = { ...(this.constructor as typeof VropElement).defaults, ...sections } as VropData),
        (error: DataError) =>
          current() &&
          this.dispatchEvent(
            new CustomEvent<DataErrorDetail>('vrop-data-error', {
              bubbles: true,
              composed: true,
              detail: { url: error.url, reason: error.reason, message: error.message },
            }),
          ),
      )
      .finally(() => {
        clearTimeout(timer);
        stopWaiting();
      });
  }

  private updateLocale(): void {
    this.locale = resolveLang(this, (tag) =>
      this.warn(`lang="${tag}" is not supported; showing English. Supported: en, es.`),
    );
  }
}

declare global {
  interface HTMLElementEventMap {
    'vrop-data-error': CustomEvent<DataErrorDetail>;
    'vrop-link-click': CustomEvent<LinkClickDetail>;
  }
}
