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

  [part~='name'] {
    font-weight: 700;
  }

  [part~='label'] {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--vrop-district-current-color, var(--vrop-_accent));
    color: var(--vrop-_on-accent);
    font-size: 0.85em;
    font-weight: 700;
  }

  dl {
    display: grid;
    gap: 0 0.75em;
    margin: 0.25em 0 0;
    font-size: 0.9em;
  }

  /* Label beside value where there is room; stacked on a phone or at 200 % zoom. */
  @container (min-width: 30em) {
    .list dl {
      grid-template-columns: auto 1fr;
    }
  }

  dt {
    color: var(--vrop-_muted);
  }

  dd {
    margin: 0;
  }

  .grid li {
    border: 0.0625em solid var(--vrop-_border);
    border-top-width: 0.25em;
    border-radius: var(--vrop-radius, 0.5em);
    background: var(--vrop-district-card-bg, var(--vrop-_surface));
  }

  .grid [part~='current-item'] {
    border-color: var(--vrop-district-current-color, var(--vrop-_accent));
    background: var(--vrop-_surface-alt);
  }

  @container (min-width: 30em) {
    .grid ul {
      grid-template-columns: repeat(2, 1fr);
    }
  }

  @container (min-width: 45em) {
    .grid ul {
      grid-template-columns: repeat(3, 1fr);
    }
  }

  @container (min-width: 60em) {
    .grid ul {
      grid-template-columns: repeat(4, 1fr);
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
