// Styles of the newsroom layer (src/render/newsroom.ts), loaded with its chunk and adopted by the
// element's shadow root beside its static styles (one constructable sheet per page, shared).
import { css } from '../elements/base-element.js';

export const newsroomStyles = css`
  :host {
    --_ok: var(--postquote-verified-color, light-dark(#0a6b2f, #6fdc8c));
    --_warn: var(--postquote-unverified-color, light-dark(#8a4b00, #ffc266));
    --_bad: var(--postquote-disputed-color, light-dark(#b3261e, #ff8a80));
  }
  .credit,
  .note-source {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .verification,
  .status {
    display: flex;
    flex-wrap: wrap;
    /* Centred, not on the baseline: the icon then adds no height to the label's line (as in postquote.css's fallback box). */
    align-items: center;
    gap: 0 0.35em;
    margin: var(--_space) 0 0;
    padding: 0.4em 0.6em;
    border-inline-start: 4px solid currentColor;
    border-radius: 4px;
    background: var(--_note);
    font-size: 0.875em;
  }
  .verified {
    color: var(--_ok);
  }
  .unverified {
    color: var(--_warn);
  }
  .disputed {
    color: var(--_bad);
  }
  /* A label too long for the line wraps beside its icon (flex-basis 0), not onto a line of its own below it. */
  .verification strong {
    flex: 1;
  }
  /* The note (and who checked when) on a line of its own under the label, as postquote.css writes it in the fallback. */
  .verification .detail {
    flex-basis: 100%;
  }
  .verification .detail,
  .status,
  .warning summary {
    color: var(--_fg);
  }
  /* The status and its archive link flow as one text (a flex line would move the link to a line of its own). */
  .status {
    display: block;
    border-color: var(--_muted);
  }
  .gone .text {
    opacity: 0.92;
  }
  .translation {
    margin: var(--_space) 0 0;
    white-space: pre-line;
    font-size: 1.0625em;
  }
  .credit {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: center;
    margin: 0.4em 0 0;
  }
  /* On a phone the credit and the "show original" button take a line each: in a row they broke
     into two lines or not by the words' widths, which postquote.css cannot know (it keeps two lines
     there, and the card replaces it without a jump). */
  @media (max-width: 32rem) {
    .credit {
      display: grid;
      justify-items: start;
    }
  }
  /* So too in a card narrower than 28rem of the page's (a narrow column, a large root font), which a
     media query does not see: the credit takes the whole line (a percentage of the credit's width,
     the card's less its padding and border), and the button, as wide as its words, the next. */
  .credit > span {
    min-width: clamp(0px, (26.5rem - 2px - 100%) * 1000, 100%);
  }
  .original {
    margin-top: 0.25em;
    padding-inline-start: 0.75em;
    border-inline-start: 2px solid var(--_line);
  }
  .warning,
  .platform-note {
    margin-top: var(--_space);
    padding: 0.5em 0.75em;
    border-radius: 8px;
    background: var(--_note);
  }
  .warning {
    border: 1px solid var(--_line);
  }
  /* The label not bold, as postquote.css writes the waiting summary (one text, one weight) and the no-JS
     box: bold, it broke a line earlier in the card, and the page jumped. */
  .warning strong {
    font-weight: inherit;
  }
  .warning .reveal {
    color: var(--_link);
    text-decoration: underline;
  }
  .warning[open] .reveal {
    display: none;
  }
  .platform-note p {
    margin: 0;
  }
  /* A contrast theme paints every background as the page's: the note's box, which only its grey
     background drew, then ran into the post's words. A border, as the warning has. */
  @media (forced-colors: active) {
    .platform-note {
      border: 1px solid;
    }
  }
  @media print {
    .original[hidden] {
      display: block;
    }
    .toggle,
    .warning .reveal {
      display: none;
    }
    .status a::after,
    .note-source a::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
