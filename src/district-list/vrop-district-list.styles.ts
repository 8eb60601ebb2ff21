import { css } from 'lit';

export const districtListStyles = css`
  [part~='base'] {
    container-type: inline-size;
  }

  [part~='intro'] {
    color: var(--vrop-_muted);
  }

  ul {
    display: grid;
    gap: var(--vrop-district-gap, 0.5em);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  li {
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid transparent;
  }

  [part~='current-item'] {
    border-color: var(--vrop-district-current-color, var(--vrop-_accent));
    background: var(--vrop-_surface-alt);
  }

  /* The name and the "Your district" label wrap as two boxes: a wrapped label starts at the edge. */
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.5em;
  }

  [part~='name'] {
    font-weight: 700;
  }

  [part~='label'] {
    padding: 0 0.5em;
    border-radius: var(--vrop-_radius);
    background: var(--vrop-district-current-color, var(--vrop-_accent));
    color: var(--vrop-_on-accent);
    font-size: 0.85em;
    font-weight: 700;
    white-space: nowrap;
  }

  dl {
    display: grid;
    gap: 0 var(--vrop-_space);
    margin: 0.25em 0 0;
    font-size: 0.9em;
  }

  /* Label beside value where there is room, in one column width for every district, so the
     values line up down the list; stacked on a phone, at 200 % zoom and in the cards. */
  @container (min-width: 30em) {
    .list dl {
      grid-template-columns: 14em 1fr;
    }
  }

  dt {
    color: var(--vrop-_muted);
  }

  dd {
    margin: 0;
  }

  /* In a card the label is a small heading above its value. */
  .grid dt {
    margin-top: var(--vrop-_space-s);
    font-size: 0.8em;
    font-weight: 700;
    text-transform: uppercase;
  }

  /* Cards: one thin edge all round (a thick top edge on a rounded card tapers into the sides);
     the current district's edge is the accent, twice as thick. */
  .grid li {
    padding: 0.75em 1em;
    border: 0.0625em solid var(--vrop-_border);
    border-radius: var(--vrop-_radius);
    background: var(--vrop-district-card-bg, var(--vrop-_surface));
  }

  .grid [part~='current-item'] {
    border: 0.125em solid var(--vrop-district-current-color, var(--vrop-_accent));
    background: var(--vrop-_surface-alt);
  }

  /* One, two or four columns: seven districts make 4 + 3, never 3 + 3 + 1. */
  @container (min-width: 30em) {
    .grid ul {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @container (min-width: 46em) {
    .grid ul {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }

  .inline .heading {
    display: inline;
    font-size: 1em;
  }

  /* Shown, not part of the heading's name. */
  .inline .heading::after {
    content: ': ' / '';
  }

  .inline .head {
    display: inline;
  }

  .inline [part~='label'] {
    margin-inline-start: 0.5em;
  }

  .inline ul,
  .inline li {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
  }

  .inline li:not(:last-child)::after {
    content: ', ';
  }

  .inline [part~='name'] {
    font-weight: inherit;
  }

  /* A footer list, not running text: links at least 24 px tall at the default size (padding
     reaches past the text), on lines far enough apart that no two links overlap. */
  .inline {
    line-height: 1.75;
  }

  .inline a {
    padding-block: 0.2em;
  }

  /* Forced colours: only the current district keeps its bar, in the highlight colour; the label keeps its shape. */
  @media (forced-colors: active) {
    li {
      border-color: Canvas;
    }

    [part~='base'] [part~='current-item'] {
      border-color: Highlight;
    }

    [part~='label'] {
      border: 0.0625em solid;
    }
  }
`;
