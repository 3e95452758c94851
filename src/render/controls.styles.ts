// Buttons and disclosure summaries: in <post-quote> only the newsroom layer has them (the toggle to
// the original, the content warning), so these load with its chunk; <video-appeal> has them always.
import { css } from '../elements/base-element.js';

export const controlStyles = css`
  button,
  summary {
    font: inherit;
    color: var(--_link);
    cursor: pointer;
  }
  button {
    padding: 0.1em 0.4em;
    border: 1px solid var(--_line);
    border-radius: 999px;
    background: transparent;
    min-height: 24px;
  }
`;
