import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { define } from '../define.js';
import { MISSION } from '../shared/data/defaults.js';
import { MISSION_SECTIONS, type MissionSectionKey } from '../shared/data/types.js';
import { renderHeading } from '../shared/heading.js';
import { pick } from '../shared/locale.js';
import { safeUrl } from '../shared/safe-url.js';
import { VropElement } from '../shared/vrop-element.js';
import { parseWordList } from '../shared/word-list.js';
import { STRINGS } from './vrop-mission.strings.js';
import { missionStyles } from './vrop-mission.styles.js';

/** The `detail` types of the events every widget fires. */
export type { DataErrorDetail, LinkClickDetail } from '../shared/vrop-element.js';

const DEFAULT_SECTIONS: readonly MissionSectionKey[] = ['mission'];

/**
 * Valley ROP's mission, the history of ROPs and the Valley ROP overview, in the organisation's
 * own words, in English or Spanish.
 *
 * Whatever the webmaster writes inside the tag (a plain link, say) is shown before the element
 * upgrades and when JavaScript is off; once the element renders, it is replaced.
 *
 * @summary Valley ROP's mission, history and overview texts.
 * @tag vrop-mission
 *
 * @slot after - Extra content shown after the sections, such as a district's own note.
 *
 * @csspart base - The wrapper around every section and the link.
 * @csspart section - Each section; also `section-mission`, `section-history`, `section-overview`.
 * @csspart heading - Each section's heading.
 * @csspart text - Each paragraph.
 * @csspart more - The "Learn more" link, when `more-href` is set.
 *
 * @cssprop --vrop-measure - Widest the widget gets, padding included, so lines stay readable (about 75 characters).
 */
export class VropMission extends VropElement {
  static override styles = [...VropElement.styles, missionStyles];

  protected static override defaults = { mission: MISSION };

  static override properties: PropertyDeclarations = {
    sections: {},
    moreHref: { attribute: 'more-href' },
  };

  /**
   * Which sections to show: a space-separated subset of `mission history overview`,
   * always shown in that order. Unknown words are ignored with a warning.
   */
  sections: string = 'mission';

  /** Address of a "Learn more" link after the sections (`http(s)` or relative). No link when absent. */
  moreHref?: string;

  /** The valid sections to show, in canonical order. */
  private shownSections: readonly MissionSectionKey[] = DEFAULT_SECTIONS;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sections')) {
      const { known, unknown } = parseWordList(this.sections, MISSION_SECTIONS);
      this.shownSections = known.length ? MISSION_SECTIONS.filter((key) => known.includes(key)) : DEFAULT_SECTIONS;
      if (unknown.length) {
        this.warn(`sections="${this.sections}": unknown ${unknown.join(', ')}; known: ${MISSION_SECTIONS.join(' ')}.`);
      }
    }
    if (changed.has('moreHref') && this.moreHref && !safeUrl(this.moreHref)) {
      this.warn(`more-href="${this.moreHref}" is not an http(s) address; the link is left out.`);
    }
  }

  protected override render() {
    const { mission } = this.data;
    const lang = this.locale;
    const more = safeUrl(this.moreHref);
    return html`
      <div part="base" lang=${lang}>
        ${this.shownSections.map((key) => {
          const section = mission[key];
          return html`
            <section part="section section-${key}" id=${section.anchor}>
              ${renderHeading(this.level, pick(section.title, lang))}
              ${pick(section.paragraphs, lang).map((text) => html`<p part="text">${text}</p>`)}
            </section>
          `;
        })}
        ${more ? html`<a part="more" href=${more}>${pick(STRINGS.learnMore, lang)}</a>` : nothing}
        <slot name="after"></slot>
      </div>
    `;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.scrollToAnchor);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.scrollToAnchor);
  }

  protected override firstUpdated(): void {
    this.scrollToAnchor();
  }

  // URL fragments do not reach into shadow roots, so `page#our-mission` would land nowhere;
  // scroll to the section ourselves unless the page has its own element with that id.
  private scrollToAnchor = (): void => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || document.getElementById(id)) return;
    this.renderRoot.querySelector(`section[id="${CSS.escape(id)}"]`)?.scrollIntoView();
  };
}

define('vrop-mission', VropMission);

declare global {
  interface HTMLElementTagNameMap {
    'vrop-mission': VropMission;
  }
}
