import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { define } from '../define.js';
import { FIGURES } from '../shared/data/defaults.js';
import type { Figure } from '../shared/data/types.js';
import { renderHeading } from '../shared/heading.js';
import { pick, type Lang } from '../shared/locale.js';
import { oneOf } from '../shared/one-of.js';
import { VropElement } from '../shared/vrop-element.js';
import { parseWordList } from '../shared/word-list.js';
import { formatNumber } from './format-number.js';
import { STRINGS, type Parts } from './vrop-stats.strings.js';
import { statsStyles } from './vrop-stats.styles.js';
import { STATS_LAYOUTS, type StatsLayout } from './stats-layouts.js';

/** The values of `layout`. */
export type { StatsLayout };
/** The `detail` types of the events every widget fires. */
export type { DataErrorDetail, LinkClickDetail } from '../shared/vrop-element.js';


/** How long the count-up runs, in milliseconds. */
const DURATION = 1000;

/** A figure's value as a visitor reads it: "1971", "over 6,300", "$2.2 million", in its parts. */
function figureParts(figure: Figure, value: number, lang: Lang): Parts {
  if (figure.format === 'currency') return pick(STRINGS.millions, lang)(formatNumber(value / 1e6, 1));
  const text = formatNumber(value, 0, figure.format !== 'year');
  return figure.atLeast ? pick(STRINGS.over, lang)(text) : ['', text, ''];
}

/** The parts as text: the qualifier smaller, the number large; one string for screen readers. The
 * spaces are data, not template white space, which the bundle's minifier removes. */
const renderParts = ([before, n, after]: Parts) =>
  html`${before ? html`<small part="qualifier">${`${before} `}</small>` : nothing}${n}${after ? html`<small part="qualifier">${` ${after}`}</small>` : nothing}`;

/**
 * Valley ROP's key figures (year established, partner districts, students, budget, dual
 * enrollment courses and students) with the school year they describe, formatted for the
 * element's language. When the element first scrolls into view each number counts up from
 * zero in about a second, unless the visitor prefers reduced motion or `no-animation` is set; the
 * year established is a date, not a quantity, and never counts.
 * Screen readers only ever read the final values, and nothing on the page moves meanwhile.
 *
 * @summary Valley ROP's key figures with a count-up that respects reduced motion.
 * @tag vrop-stats
 *
 * @csspart heading - The widget's heading ("Valley ROP at a glance").
 * @csspart figures - The list of figures.
 * @csspart figure - Each figure; also `figure-<id>`, e.g. `figure-students`.
 * @csspart value - Each figure's value.
 * @csspart qualifier - The words around a number ("over", "million"), set smaller than the number.
 * @csspart label - Each figure's label.
 * @csspart caption - The line naming the school year of the figures.
 *
 * @cssprop --vrop-stats-accent - Colour of the values and the bar beside each figure. Default: the accent colour.
 * @cssprop --vrop-stats-value-size - Font size of the values.
 */
export class VropStats extends VropElement {
  static override styles = [...VropElement.styles, statsStyles];

  protected static override defaults = { figures: FIGURES };

  static override properties: PropertyDeclarations = {
    items: {},
    layout: {},
    noAnimation: { attribute: 'no-animation', type: Boolean },
    progress: { state: true },
  };

  /**
   * Which figures to show, in this order: space-separated ids from `established districts
   * students budget dual-enrollment-courses dual-enrollment-students`. Unknown ids are skipped
   * with a warning; empty (the default) or no known id shows every figure.
   */
  items: string = '';

  /** `row` (default; wraps to the width) or `grid` (one to three columns by the element's width). */
  layout: StatsLayout = 'row';

  /** Shows the final values at once, without the count-up. */
  noAnimation: boolean = false;

  /** How far the count-up has come, 0 to 1; 1 shows the final values only. */
  private progress = 1;

  private done = false;
  private frame = 0;
  private observer?: IntersectionObserver;

  /** The figures to show, in the order asked for; all of them when none is known. */
  private get shown(): Figure[] {
    const all = this.data.figures.items;
    const { known } = parseWordList(this.items, all.map((figure) => figure.id));
    return known.length ? known.map((id) => all.find((figure) => figure.id === id) as Figure) : all;
  }

  private get still(): boolean {
    return this.noAnimation || matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Prerendered figures are already on screen: counting them up again from zero would flash.
    if (this.done || this.still || this.prerendered) return this.finish();
    // Zero until the element is seen; screen readers read the final values all along.
    this.progress = 0;
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.start();
    });
    this.observer.observe(this);
    document.addEventListener('visibilitychange', this.finish);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.finish);
    this.finish();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('items')) {
      // Known ids come from the data, so a data file can add figures without a new release.
      const ids = this.data.figures.items.map((figure) => figure.id);
      const { unknown } = parseWordList(this.items, ids);
      if (unknown.length) this.warn(`items="${this.items}": unknown ${unknown.join(', ')}; known: ${ids.join(' ')}.`);
    }
    this.checkChoice(changed, 'layout', STATS_LAYOUTS);
    if (this.noAnimation) this.finish();
  }

  private start(): void {
    this.observer?.disconnect();
    if (this.still || document.hidden) return this.finish();
    let first: number | undefined;
    const step = (now: number) => {
      first ??= now;
      const t = Math.min(1, (now - first) / DURATION);
      if (t < 1) {
        this.progress = 1 - (1 - t) ** 3;
        this.frame = requestAnimationFrame(step);
      } else this.finish();
    };
    this.frame = requestAnimationFrame(step);
  }

  /** Ends the count-up, or skips it, and shows the final values. */
  private finish = (): void => {
    this.done = true;
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.progress = 1;
  };

  protected override render() {
    const lang = this.locale;
    const shown = this.shown;
    // Balanced columns (3 + 3, never 5 + 1), by the count of figures: a class, not a style
    // attribute (a strict CSP allows none). More than six balance as six do.
    return html`
      <div lang=${lang}>
        ${renderHeading(this.level, pick(STRINGS.heading, lang))}
        <ul part="figures" class="${oneOf(STATS_LAYOUTS, this.layout)} n${Math.min(shown.length, 6)}" role="list">
          ${shown.map((figure) => this.renderFigure(figure, lang))}
        </ul>
        <p part="caption">${pick(STRINGS.caption, lang)(this.data.figures.schoolYear)}</p>
      </div>
    `;
  }

  /**
   * One figure: its final value, which screen readers read, and while the count-up runs the
   * counting value over it. A year is a date, not a quantity: it never counts. The value holds no
   * template white space: lib/ ships templates unminified, and the value's text is read as it is.
   */
  private renderFigure(figure: Figure, lang: Lang) {
    const counting = this.progress < 1 && figure.format !== 'year';
    const counted = Math.round(figure.value * this.progress);
    return html`
      <li part="figure figure-${figure.id}">
        <span part="value" class="v"
          ><span class=${counting ? 'c' : ''}>${renderParts(figureParts(figure, figure.value, lang))}</span
          >${counting ? html`<span aria-hidden="true">${renderParts(figureParts(figure, counted, lang))}</span>` : nothing}</span
        >
        <span part="label">${pick(figure.label, lang)}</span>
      </li>
    `;
  }
}

define('vrop-stats', VropStats);

declare global {
  interface HTMLElementTagNameMap {
    'vrop-stats': VropStats;
  }
}
