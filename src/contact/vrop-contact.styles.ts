import { css } from 'lit';

export const contactStyles = css`
  .banner [part~='cta'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1em 2em;
  }

  .says {
    flex: 1 1 16em;
  }

  /* An accent rule beside the banner's words, above the card's. */
  .banner [part~='cta'] {
    padding-inline-start: 1em;
    border-inline-start: 0.25em solid var(--vrop-_accent);
  }

  .card {
    max-width: 36em;
  }

  .card [part~='cta'] {
    padding-top: 1em;
    border-top: 0.25em solid var(--vrop-_accent);
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

  [part~='button'],
  [part~='submit'] {
    display: inline-block;
    padding: 0.6em 1.2em;
    border: 0;
    border-radius: 0.4em;
    background: var(--vrop-_accent);
    color: var(--vrop-_on-accent);
    font-weight: 700;
    text-decoration: none;
    cursor: pointer;
  }

  [part~='submit'][aria-disabled] {
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
    margin-top: 1.5em;
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
    border-radius: 0.3em;
    background: var(--vrop-_surface);
    color: var(--vrop-_text);
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
    [part~='button'],
    [part~='submit'] {
      border: 0.0625em solid;
    }
  }

  @media print {
    [part~='button'],
    [part~='submit'] {
      background: none;
      color: #000;
    }
  }
`;
