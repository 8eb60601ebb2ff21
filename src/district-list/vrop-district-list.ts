import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { define } from '../define.js';
import { DISTRICTS } from '../shared/data/defaults.js';
import type { District } from '../shared/data/types.js';
import { renderHeading } from '../shared/heading.js';
import { pick, type Lang } from '../shared/locale.js';
import { oneOf } from '../shared/one-of.js';
import { safeUrl } from '../shared/safe-url.js';
import { VropElement } from '../shared/vrop-element.js';
import { STRINGS } from './vrop-district-list.strings.js';
import { districtListStyles } from './vrop-district-list.styles.js';
import { DISTRICT_LAYOUTS, type DistrictLayout } from './district-layouts.js';

/** The values of `layout`. */
export { DISTRICT_LAYOUTS, type DistrictLayout };
/** The `detail` types of the events every widget fires. */
export type { DataErrorDetail, LinkClickDetail } from '../shared/vrop-element.js';


/**
 * Valley ROP's partner school districts, with the host page's own district marked, in English or
 * Spanish. District and school names are proper nouns and stay as they are.
 *
 * Whatever the webmaster writes inside the tag is shown before the element upgrades and when
 * JavaScript is off; once the element renders, it is replaced.
 *
 * @summary The partner districts, with the host district marked.
 * @tag vrop-district-list
 *
 * @csspart base - The wrapper around the heading, the sentence and the list.
 * @csspart heading - The heading.
 * @csspart intro - The sentence that says what the list is.
 * @csspart list - The list of districts.
 * @csspart item - Each district.
 * @csspart current-item - The host's own district (also has `item`).
 * @csspart name - A district's name.
 * @csspart link - The link to a district's website.
 * @csspart label - The "Your district" label on the current district.
 * @csspart district-details - The county, communities and high schools, with `details`.
 *
 * @cssprop --vrop-district-gap - Space between districts.
 * @cssprop --vrop-district-current-color - Border and label colour of the current district. Default: the accent colour.
 * @cssprop --vrop-district-card-bg - Background of a card in the grid layout. Default: the surface colour.
 */
export class VropDistrictList extends VropElement {
  protected static override linkKind = 'district' as const;

  static override styles = [...VropElement.styles, districtListStyles];

  protected static override defaults = { districts: DISTRICTS };

  static override properties: PropertyDeclarations = {
    current: {},
    layout: { reflect: true },
    details: { type: Boolean },
    linkTarget: { attribute: 'link-target' },
  };

  /** The id of the host page's own district (`sanger`, `kings-canyon`…; any case), marked as "Your district". */
  current?: string;

  /** `list` (default), `grid` (cards, one to four columns by the widget's own width) or `inline` (one line, for a footer). */
  layout: DistrictLayout = 'list';

  /** Adds each district's county, communities served and high schools (list and grid layouts). */
  details = false;

  /** `_blank` opens district websites in a new tab (and says so to screen readers). */
  linkTarget?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('current') && this.current && !this.currentDistrict) {
      const ids = this.data.districts.map((district) => district.id).join(' ');
      this.warn(`current="${this.current}" is not a district id; nothing is marked. Known: ${ids}.`);
    }
    this.checkChoice(changed, 'layout', DISTRICT_LAYOUTS);
    for (const district of this.data.districts) {
      if (district.website && !safeUrl(district.website)) {
        this.warn(`the website of ${district.id} is not an http(s) address; it is shown without a link.`);
      }
    }
    if (changed.has('linkTarget') && this.linkTarget && this.linkTarget !== '_blank') {
      this.warn(`link-target="${this.linkTarget}" is not supported; links open in the same tab.`);
    }
  }

  private get currentDistrict(): District | undefined {
    const id = this.current?.trim().toLowerCase();
    return this.data.districts.find((district) => district.id === id);
  }

  protected override render() {
    const lang = this.locale;
    const layout = oneOf(DISTRICT_LAYOUTS, this.layout);
    const { districts } = this.data;
    const current = this.currentDistrict;
    return html`
      <div part="base" class=${layout} lang=${lang}>
        ${renderHeading(this.level, pick(STRINGS.heading, lang))}
        ${layout === 'inline' ? nothing : html`<p part="intro">${pick(STRINGS.intro, lang)(districts.length)}</p>`}
        <ul part="list" role="list">
          ${districts.map((district) => this.renderDistrict(district, district === current, layout, lang))}
        </ul>
      </div>
    `;
  }

  private renderDistrict(district: District, isCurrent: boolean, layout: string, lang: Lang) {
    const website = safeUrl(district.website);
    const newTab = this.linkTarget === '_blank';
    // aria-current on the link itself, so tabbing to it says "current"; on the item when there is no link.
    const current = isCurrent ? 'true' : nothing;
    const name = website
      ? html`<a
          part="link"
          href=${website}
          aria-current=${current}
          target=${newTab ? '_blank' : nothing}
          rel=${newTab ? 'noopener noreferrer' : nothing}
          >${district.name}${newTab ? html`<span class="visually-hidden"> ${pick(STRINGS.newTab, lang)}</span>` : nothing}</a
        >`
      : district.name;
    // No white space between the parts: the inline layout's ", " must follow the last word. A
    // hidden comma keeps the label apart from the name for screen readers (a space would be dropped).
    const label = isCurrent
      ? html`<span class="visually-hidden">, </span><span part="label">${pick(STRINGS.current, lang)}</span>`
      : nothing;
    const details = this.details && layout !== 'inline' ? this.renderDetails(district, lang) : nothing;
    return html`<li part=${isCurrent ? 'item current-item' : 'item'} aria-current=${website ? nothing : current}
      ><span class="head"><span part="name">${name}</span>${label}</span>${details}</li
    >`;
  }

  private renderDetails(district: District, lang: Lang) {
    const rows = (['counties', 'communities', 'highSchools'] as const).filter((key) => district[key].length);
    return html`
      <dl part="district-details">
        ${rows.map((key) => {
          const values = district[key];
          return html`<dt>${pick(STRINGS[key], lang)[values.length > 1 ? 1 : 0]}</dt><dd>${values.join(', ')}</dd>`;
        })}
      </dl>
    `;
  }
}

define('vrop-district-list', VropDistrictList);

declare global {
  interface HTMLElementTagNameMap {
    'vrop-district-list': VropDistrictList;
  }
}
