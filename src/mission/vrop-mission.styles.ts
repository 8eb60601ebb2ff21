import { css } from 'lit';

export const missionStyles = css`
  section + section {
    margin-top: calc(var(--vrop-_space) * 1.5);
  }

  [part~='text'] {
    max-width: var(--vrop-measure, 70ch);
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
