import { css } from 'lit';

// Public tokens (`--vrop-color-*`) win in every theme; the private `--vrop-_*` names carry the
// theme's defaults. Every name keeps the `--vrop-` prefix because custom properties inherit
// into every shadow root on the page. The fallbacks here are the documented defaults: the
// analyzer (cssDefaults() in custom-elements-manifest.config.mjs) copies them into the manifest,
// taking the first css`` literal below as the dark theme's.
const darkTokens = css`
  --vrop-_text: var(--vrop-color-text, #e6edf3);
  --vrop-_muted: var(--vrop-color-muted, #b8c4cf);
  --vrop-_surface: var(--vrop-color-surface, #15202b);
  --vrop-_surface-alt: var(--vrop-color-surface-alt, #1e2d3b);
  --vrop-_accent: var(--vrop-color-accent, #8cc4ff);
  --vrop-_on-accent: var(--vrop-color-on-accent, #0b1620);
  --vrop-_border: var(--vrop-color-border, #687c90);
  --vrop-_error: var(--vrop-color-error, #ffb4ab);
  --vrop-_success: var(--vrop-color-success, #8fd9a8);
  /* A dark box never matches a light page: it keeps its inset. */
  --vrop-_pad: var(--vrop-padding, 1.25em);
  color-scheme: dark;
`;

/** Host styles and design tokens shared by every widget. */
export const hostStyles = css`
  :host {
    /* Nothing the host page sets on an ancestor (text-transform, letter-spacing, list-style,
       text-align: justify…) leaks in; custom properties are untouched by 'all'. */
    all: initial;
    --vrop-_text: var(--vrop-color-text, #1f2933);
    --vrop-_muted: var(--vrop-color-muted, #4a5563);
    --vrop-_surface: var(--vrop-color-surface, #ffffff);
    --vrop-_surface-alt: var(--vrop-color-surface-alt, #eef3f8);
    --vrop-_accent: var(--vrop-color-accent, #0b5394);
    --vrop-_on-accent: var(--vrop-color-on-accent, #ffffff);
    --vrop-_border: var(--vrop-color-border, #7b8c9c);
    --vrop-_error: var(--vrop-color-error, #b3261e);
    --vrop-_success: var(--vrop-color-success, #1e6b34);
    /* The spacing scale: every gap is one of these (docs: Theming, "Design rules"). */
    --vrop-_space: var(--vrop-space, 1em);
    --vrop-_space-s: calc(var(--vrop-_space) * 0.5);
    --vrop-_space-l: calc(var(--vrop-_space) * 1.5);
    /* One corner radius for the box, cards, tiles, buttons, fields and labels. */
    --vrop-_radius: var(--vrop-radius, 0.375em);
    /* Light: no inset, so the widget's text lines up with the page's own (a white box on a white
       page shows no edge). A designer who gives it a surface of its own sets --vrop-padding. */
    --vrop-_pad: var(--vrop-padding, 0em);
    color-scheme: light;

    display: block;
    max-width: 100%;
    /* Important inside a shadow root beats the page's normal rules, so resets such as
       '* { padding: 0 }' (Tailwind) or '* { box-sizing: content-box }' cannot reach the box.
       Designers set the space with --vrop-padding. */
    box-sizing: border-box !important;
    padding: var(--vrop-_pad) !important;
    border-radius: var(--vrop-_radius);
    background: var(--vrop-_surface);
    color: var(--vrop-_text);
    /* The page's font and size unless the designer names others. */
    font-family: var(--vrop-font-family, inherit);
    font-size: var(--vrop-font-size, 1em);
    line-height: var(--vrop-line-height, 1.5);
    overflow-wrap: break-word;
    /* A hidden accordion or a disabled region of the page still hides or disables the widget. */
    visibility: inherit;
    pointer-events: inherit;
  }

  :host([hidden]) {
    display: none;
  }

  /* Waiting for a data file: keep the space, show nothing stale. */
  :host([aria-busy='true']) {
    visibility: hidden;
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }

  /* More contrast asked for: field and card borders and the muted text take the text colour. */
  @media (prefers-contrast: more) {
    :host,
    :host([theme]) {
      --vrop-_muted: var(--vrop-_text);
      --vrop-_border: var(--vrop-_text);
    }
  }

  /* Not 'inherit': a host theme's '* { box-sizing: content-box }' reaches the host element. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .heading {
    margin: 0 0 0.5em;
    color: var(--vrop-heading-color, var(--vrop-_text));
    font-family: var(--vrop-heading-font-family, inherit);
    font-size: var(--vrop-heading-size, 1.375em);
    font-weight: 700;
    line-height: 1.25;
  }

  p {
    margin: 0 0 0.75em;
  }

  a {
    color: var(--vrop-_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /* Hover: the underline thickens (links) or the fill deepens (buttons, in their own styles). */
  a:hover {
    text-decoration-thickness: 0.125em;
  }

  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 0.15em solid var(--vrop-color-focus, var(--vrop-_accent));
    outline-offset: 0.15em;
  }

  /* Read by screen readers, not shown. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media print {
    :host,
    :host([theme]) {
      --vrop-_text: #000;
      --vrop-_muted: #000;
      --vrop-_surface: #fff;
      --vrop-_surface-alt: #fff;
      --vrop-_accent: #000;
    }

    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-weight: normal;
      overflow-wrap: anywhere;
    }
  }
`;
