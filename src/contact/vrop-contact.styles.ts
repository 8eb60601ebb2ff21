import { css } from 'lit';

export const contactStyles = css`
  /* The banner: the question, then its button right after it (not at the far edge of a wide
     page); the button wraps below the words when they need the room. */
  .banner [part~='cta'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--vrop-_space) calc(var(--vrop-_space) * 2);
    padding-inline-start: var(--vrop-_space);
    border-inline-start: 0.25em solid var(--vrop-_accent);
  }

  .says {
    flex: 0 1 auto;
  }

  /* The card is a card on any page: its own edge and inset, as wide as its form needs. */
  :host([layout='card']) {
    max-width: 36em;
    --vrop-_pad: var(--vrop-padding, 1.25em);
    /* Important, like the padding: resets such as Tailwind's '* { border: 0 solid }' reach the host. */
    border: 0.0625em solid var(--vrop-_border) !important;
  }

  .banner .heading {
    margin-bottom: 0.25em;
  }

  [part~='text'] {
    margin: 0;
  }

  .card [part~='text'] {
    margin-bottom: 1em;
  }

  /* A long e-mail, phone or address wraps anywhere rather than scroll sideways at 320 px. */
  [part~='actions'],
  address {
    overflow-wrap: anywhere;
  }

  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 0;
  }

  /* One primary action: the filled button. With the form on, Send is the one, and "Contact Us"
     (a link away) steps back to an outlined button. */
  .b {
    display: inline-block;
    padding: 0.6em 1.2em;
    border: 0.125em solid var(--vrop-_accent);
    border-radius: var(--vrop-_radius);
    background: var(--vrop-_accent);
    color: var(--vrop-_on-accent);
    font-weight: 700;
    line-height: 1.25;
    text-decoration: none;
    cursor: pointer;
  }

  /* Hover deepens the fill towards the text colour (darker in light, lighter in dark), so the
     label's contrast only grows; pressing deepens it more. */
  .b:hover {
    --vrop-_fill: color-mix(in srgb, var(--vrop-_accent) 80%, var(--vrop-_text));
    border-color: var(--vrop-_fill);
    background: var(--vrop-_fill);
  }

  .b:active {
    --vrop-_fill: color-mix(in srgb, var(--vrop-_accent) 65%, var(--vrop-_text));
  }

  .has-form .b[href] {
    background: transparent;
    color: var(--vrop-_accent);
  }

  .has-form .b[href]:hover {
    border-color: var(--vrop-_accent);
    background: var(--vrop-_surface-alt);
  }

  .b[aria-disabled] {
    cursor: progress;
    opacity: 0.75;
  }

  address {
    flex-basis: 100%;
    margin-top: 0.5em;
    font-style: normal;
    white-space: pre-line;
  }

  form {
    max-width: 36em;
    margin-top: var(--vrop-_space-l);
  }

  [part~='field'] {
    display: grid;
    gap: 0.25em;
    margin: 0 0 1em;
  }

  [part~='label'] {
    font-weight: 700;
  }

  [part~='control'] {
    width: 100%;
    padding: 0.5em;
    border: 0.0625em solid var(--vrop-_border);
    border-radius: var(--vrop-_radius);
    background: var(--vrop-_surface);
    color: var(--vrop-_text);
  }

  [part~='control']:hover {
    border-color: var(--vrop-_text);
  }

  [aria-invalid='true'] {
    border-color: var(--vrop-_error);
    border-width: 0.125em;
  }

  [part~='error'],
  [part~='alert'] {
    color: var(--vrop-_error);
    font-weight: 700;
  }

  [part~='status'] {
    font-weight: 700;
  }

  /* Sent: a notice worth the name, with a mark in the success colour (3:1 or more on the band). */
  .sent {
    margin-top: var(--vrop-_space);
    padding: 0.75em var(--vrop-_space);
    border-inline-start: 0.25em solid var(--vrop-_success);
    border-radius: var(--vrop-_radius);
    background: var(--vrop-_surface-alt);
  }

  .sent::before {
    content: '✓' / '';
    margin-inline-end: 0.5em;
    color: var(--vrop-_success);
  }

  [part~='status'],
  [part~='alert'] {
    margin: 0;
  }

  input,
  select,
  textarea,
  button {
    font: inherit;
  }

  .trap {
    position: absolute;
    left: -100em;
  }

  /* Printing and forced colours drop backgrounds: an edge keeps the two buttons buttons. */
  @media print, (forced-colors: active) {
    .b {
      border: 0.0625em solid;
    }
  }

  @media print {
    .b {
      background: none;
      color: #000;
    }
  }
`;
