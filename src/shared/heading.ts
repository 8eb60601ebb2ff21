import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A real `<h1>`-`<h6>` at the level the page's outline needs. A switch of six static
 * templates instead of `unsafeStatic`: no markup is ever built from a string.
 */
export function renderHeading(
  level: HeadingLevel,
  content: unknown,
  part = 'heading',
  id?: string,
): TemplateResult {
  const i = ifDefined(id);
  switch (level) {
    case 1:
      return html`<h1 class="heading" part=${part} id=${i}>${content}</h1>`;
    case 3:
      return html`<h3 class="heading" part=${part} id=${i}>${content}</h3>`;
    case 4:
      return html`<h4 class="heading" part=${part} id=${i}>${content}</h4>`;
    case 5:
      return html`<h5 class="heading" part=${part} id=${i}>${content}</h5>`;
    case 6:
      return html`<h6 class="heading" part=${part} id=${i}>${content}</h6>`;
    default:
      return html`<h2 class="heading" part=${part} id=${i}>${content}</h2>`;
  }
}
