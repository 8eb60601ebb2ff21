import { css } from 'lit';

export const missionStyles = css`
  /* The box is as wide as a comfortable line, not the page's whole column: a full-width panel
     would leave its right part empty. In a narrower column it fills the column. */
  :host {
    max-width: var(--vrop-measure, 42em);
  }

  section + section {
    margin-top: var(--vrop-_space-l);
  }

  [part~='text']:last-child {
    margin-bottom: 0;
  }

  [part~='more'] {
    display: inline-block;
    margin-top: var(--vrop-_space);
    font-weight: 700;
  }
`;
