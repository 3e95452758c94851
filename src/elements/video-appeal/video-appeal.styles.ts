// Styles of <video-appeal> beside the shared card styles: the reserved box, poster, play button,
// consent notice and transcript. The box's ratio comes from the sizer SVG's viewBox, never a style.
import { css } from '../base-element.js';

export const videoStyles = css`
  .stage {
    position: relative;
    margin: var(--_space) auto 0;
    border-radius: calc(var(--_radius) * 0.75);
    overflow: hidden;
    background: var(--postquote-video-background, #1f252b);
    color: #fff;
  }
  .tall {
    max-width: var(--postquote-portrait-width, 20rem);
  }
  .sizer {
    display: block;
    width: 100%;
    height: auto;
  }
  .layer {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    border: 0;
    border-radius: 0;
  }
  .poster {
    object-fit: cover;
  }
  .play {
    display: grid;
    place-items: center;
    padding: 0;
    background: none;
    color: inherit;
    text-decoration: none;
  }
  .disc,
  .out {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.9rem;
    border-radius: 999px;
    background: rgb(0 0 0 / 0.72);
  }
  .out {
    max-width: calc(100% - 1rem);
    padding: 0.5em 0.9em;
    text-align: center;
  }
  .disc .icon {
    width: 2rem;
    height: 2rem;
  }
  /* The player's own background, and the button's disc (or the link's label) on hover and focus. */
  .player,
  .play:hover span,
  .play:focus-visible .disc {
    background: #000;
  }
  .play:focus-visible {
    outline: 3px solid #fff;
    outline-offset: -6px;
    box-shadow: inset 0 0 0 6px #000;
  }
  /* The focused player's ring is drawn around the stage, as the card's other controls' are: the
     stage clips everything outside the player's edges, the browser's own ring included. */
  .stage:has(.player:focus-visible) {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
  }
  .duration {
    position: absolute;
    inset-block-end: 0.5rem;
    inset-inline-end: 0.5rem;
    padding: 0.1em 0.45em;
    border-radius: 4px;
    background: rgb(0 0 0 / 0.78);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .consent,
  .jump {
    margin-top: 0.5rem;
  }
  .consent {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .transcript {
    margin-top: var(--_space);
  }
  .transcript summary {
    width: fit-content;
  }
  /* The page's transcript and consent notice, slotted, take their direction from the slot (the flat
     tree), that is from the card: in the page's own instead, as in the light DOM (a Hebrew page's
     in an English card). */
  ::slotted(:dir(rtl)) {
    direction: rtl;
  }
  /* On paper nothing plays: no notice or "play from" button; the transcript in full; a link out's
     address under its label (left to right, also in a right-to-left card), as the card prints its
     link to the original. */
  @media print {
    .consent,
    .jump {
      display: none;
    }
    .transcript::details-content {
      content-visibility: visible;
    }
    a.play {
      align-content: center;
    }
    a.play::after {
      content: attr(href);
      direction: ltr;
      padding: 0 0.5em;
      background: rgb(0 0 0 / 0.72);
      overflow-wrap: anywhere;
    }
  }
  @media (forced-colors: active) {
    .disc,
    .out,
    .duration {
      border: 1px solid;
    }
  }
`;
