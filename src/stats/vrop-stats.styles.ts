import { css } from 'lit';

export const statsStyles = css`
  :host {
    container-type: inline-size;
  }

  /* Columns by the count of figures (n<count>): all in one row where there is room, else half of
     them per row (3 + 3), two on a phone, one below 18em. */
  ul {
    --vrop-_c: 1;
    display: grid;
    grid-template-columns: repeat(var(--vrop-_c), minmax(0, 1fr));
    gap: var(--vrop-_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Per count of figures, the columns at a middle width (--vrop-_m: rows as even as can be) and
     at a wide one (--vrop-_w: all in one row). */
  .n2 { --vrop-_m: 2; --vrop-_w: 2; }
  .n3 { --vrop-_m: 3; --vrop-_w: 3; }
  .n4 { --vrop-_m: 2; --vrop-_w: 4; }
  .n5 { --vrop-_m: 3; --vrop-_w: 5; }
  .n6 { --vrop-_m: 3; --vrop-_w: 6; }

  @container (min-width: 18em) {
    ul:not(.n1) {
      --vrop-_c: 2;
    }
  }

  @container (min-width: 24em) {
    ul:not(.n1) {
      --vrop-_c: var(--vrop-_m);
    }
  }

  @container (min-width: 60em) {
    .row:not(.n1) {
      --vrop-_c: var(--vrop-_w);
    }
  }

  /* Each tile is a subgrid of two rows, so every label in a row of tiles starts at the same height. */
  li {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-row: span 2;
    grid-template-rows: subgrid;
    row-gap: var(--vrop-_space-s);
    padding: 0.75em 0.75em 0.75em 1em;
    border-radius: var(--vrop-_radius);
    background:
      linear-gradient(var(--vrop-_bar), var(--vrop-_bar)) 0 0 / 0.25em 100% no-repeat,
      var(--vrop-_surface-alt);
    --vrop-_bar: var(--vrop-stats-accent, var(--vrop-_accent));
  }

  .v {
    display: grid;
    justify-content: start;
    align-self: end;
    overflow-wrap: break-word;
    color: var(--vrop-_bar);
    font-size: var(--vrop-stats-value-size, 1.75em);
    font-weight: 700;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
  }

  /* The final value and the counting one share one grid cell: the final one, always there for
     screen readers, reserves the width, so nothing moves while the digits count. */
  .v > * {
    grid-area: 1 / 1;
  }

  small {
    font-size: 0.55em;
    font-weight: 400;
  }

  .c {
    opacity: 0;
  }

  p {
    margin: var(--vrop-_space) 0 0;
    color: var(--vrop-_muted);
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    li {
      border: 1px solid;
    }
  }

  @media print {
    .c {
      opacity: 1;
    }

    .c + * {
      display: none;
    }
  }
`;
