// Card styles shared by every element (the newsroom layer's come with its chunk: newsroom.styles.ts).
// Public --postquote-* properties are read once, on :host (those used only there, in place), into
// private --_* variables; everything below uses only the private ones.
import { css } from '../elements/base-element.js';

export const tokens = css`
  :host {
    --_bg: var(--postquote-background, light-dark(#fff, #16181c));
    --_fg: var(--postquote-color, light-dark(#0f1419, #e7e9ea));
    --_muted: var(--postquote-muted-color, light-dark(#536471, #9aa6b2));
    --_line: var(--postquote-border-color, light-dark(#cfd9de, #3e4a55));
    --_link: var(--postquote-link-color, light-dark(#0b57d0, #8ab4f8));
    --_note: var(--postquote-note-background, light-dark(#f4f6f8, #20252b));
    --_radius: var(--postquote-radius, 12px);
    --_space: var(--postquote-spacing, 0.75rem);
    display: block;
    max-width: var(--postquote-max-width, 550px);
    margin-block: var(--postquote-margin, 1.5rem);
    /* Longhands: in the shorthand, the inherit fallback of var() would void the whole declaration. */
    font-family: var(--postquote-font, inherit);
    font-size: var(--postquote-font-size, 1rem);
    line-height: 1.45;
    /* The page's alignment, indent and italics stop here (a CMS centres embeds: WordPress's
       aligncenter, a <center>; an article justifies its body; a theme's italic blockquote or aside
       around the card); the font is the page's. A rule the page writes for the element still wins. */
    text-align: start;
    text-indent: 0;
    font-style: normal;
    color: var(--_fg);
    color-scheme: inherit;
  }
  :host([theme='light' i]) {
    color-scheme: light;
  }
  :host([theme='dark' i]) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* Until the first render, a post behind a content warning (its attribute, or :state(warned) once
     the JSON gave one) shows nothing of its fallback, with or without postquote.css: invisible, its
     room kept as postquote.css shapes it. */
  :host(:state(pending):is([content-warning], :state(warned))) ::slotted(*) {
    visibility: hidden !important;
  }
`;

export const cardStyles = css`
  * {
    box-sizing: border-box;
  }
  .card {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    overflow-wrap: anywhere;
  }
  .card .card {
    padding: calc(var(--_space) * 0.75);
    font-size: 0.9375em;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  :is(a, button, summary):focus-visible {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .icon {
    width: 1.1em;
    height: 1.1em;
    fill: currentColor;
    flex: none;
    vertical-align: -0.18em;
  }
  /* In a narrow card (a 320 px phone) the platform's label gives its room to the handle:
     only its icon shows, and the label is still read (and written in "View on …"). */
  @container (max-width: 24rem) {
    .platform span {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .header {
    container-type: inline-size;
    display: flex;
    align-items: center;
    gap: 0.625rem;
  }
  .avatar {
    position: relative;
    display: grid;
    place-items: center;
    flex: none;
    width: 48px;
    height: 48px;
    border-radius: 50%;
    overflow: hidden;
    /* The initials keep to the circle at any text size (200% text zoom wrapped "DA" into two clipped lines). */
    font-size: min(1em, 16px);
    font-weight: 600;
    white-space: nowrap;
    color: #fff;
    background: #5b6770;
  }
  .t1 {
    background: #8a3ffc;
  }
  .t2 {
    background: #0f62fe;
  }
  .t3 {
    background: #007d79;
  }
  .t4 {
    background: #a2191f;
  }
  .t5 {
    background: #8e4b10;
  }
  .avatar img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .card .card .avatar {
    width: 32px;
    height: 32px;
    font-size: min(0.75em, 11.25px);
  }
  .who {
    display: flex;
    flex-direction: column;
    min-width: 0;
    flex: 1;
  }
  .author {
    font-style: normal;
    font-weight: 700;
    display: flex;
    align-items: center;
    gap: 0.25em;
  }
  .author a {
    color: inherit;
    text-decoration: none;
  }
  .author a:hover {
    text-decoration: underline;
  }
  .author .icon {
    color: var(--_link);
  }
  /* The handle and the platform's icon and label, on a line under the name (also without a handle):
     the name's width is then the row's less the avatar's (and the badge's), which postquote.css
     keeps while the card waits; beside the label, whose width it cannot know, a long name broke
     once more in the card. The label keeps a line's height where it is clipped (a narrow card). */
  .meta {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .handle,
  .platform,
  .footer,
  .reply {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .platform,
  .counts li {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .platform {
    flex: none;
    min-height: 1.45em;
    margin-inline-start: auto;
  }
  .text,
  .media,
  .quoted,
  .footer {
    margin: var(--_space) 0 0;
  }
  .text {
    white-space: pre-line;
    font-size: 1.0625em;
  }
  /* Platform HTML (class "text html"; only posts that carry HTML, sanitized by DOMPurify). */
  .html {
    white-space: normal;
  }
  /* A code block (the only <pre> a card has: platform HTML) wraps in the card, its spaces and line
     breaks kept: it stuck out of a 320 px phone's card, widening the page (on a right-to-left page,
     its end was out of reach, beyond the edge no scroll reaches). */
  pre {
    text-wrap: wrap;
  }
  .html p {
    margin: 0 0 0.5em;
  }
  .html .invisible {
    display: none;
  }
  .html .ellipsis::after {
    content: '…';
  }
  .reply {
    margin: 0.5rem 0 0;
  }
  .media {
    display: grid;
    gap: 2px;
    border-radius: calc(var(--_radius) * 0.75);
    overflow: hidden;
    grid-template-columns: 1fr 1fr;
  }
  .media.n1 {
    grid-template-columns: 1fr;
  }
  /* A video focused from the keyboard: the box clips the browser's ring, so the card's goes around it
     (a post has one video: X, Bluesky). */
  .media:has(:focus-visible) {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
  }
  .m {
    display: block;
    width: 100%;
    height: auto;
    background: var(--_note);
  }
  .fill {
    height: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
  }
  .n2 .fill {
    aspect-ratio: 4 / 5;
  }
  .n3 .fill:first-child {
    grid-row: span 2;
    aspect-ratio: auto;
  }
  .footer,
  .counts,
  .counts ul {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
  }
  .counts ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .counts .icon {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .origin {
    margin-inline-start: auto;
  }
  /* Two counts or more, or an "as of" date, take a line of their own below the date and the link,
     and the "as of" date one more below them: in the footer's row they broke into two lines or not
     by the words' widths (three counts and a date at 600 px, two in German at 520 px), which
     postquote.css cannot know (it keeps those lines, from the attributes, and the card replaces it
     without a jump). */
  .counts:has(li:nth-child(2), .as-of),
  .as-of {
    flex-basis: 100%;
  }
  @media not (max-width: 32rem) {
    .counts:has(li:nth-child(2), .as-of) {
      order: 1;
    }
    /* Where the counts have a line of their own in a card narrower than 28rem (below), their list
       takes the line's width and each count a third of it; in a wider card, no bounds. */
    .card:not(.card .card) > .footer > .counts:has(li:nth-child(2), .as-of) > ul {
      flex-basis: 100%;
    }
    .card:not(.card .card) > .footer > .counts:has(li:nth-child(2), .as-of) li {
      min-width: clamp(0px, var(--_narrow), (100% - 2rem) / 3 - 0.1px);
      max-width: max((100% - 2rem) / 3 - 0.1px, -1 * var(--_narrow));
    }
  }
  /* On a phone the footer's parts (date, counts, link to the original) take a line each, in every
     card: in a row they broke into two lines or not by the words' widths ("December 13, 2016 at
     10:00 AM UTC" and "View on Twitter" did at 360 px, "March 5, 2024 …" did not), which postquote.css
     cannot know (it keeps one line per part there, and the card replaces it without a jump). */
  @media (max-width: 32rem) {
    .footer {
      display: grid;
    }
    /* The counts three to a line, so that four or five take two lines at any width. */
    .counts ul {
      display: grid;
      grid-template-columns: repeat(3, auto);
      justify-content: start;
    }
  }
  /* So too in a card narrower than 28rem of the page's (a media query's rem is the browser's default
     size, not the page's): on a page with html { font-size: 200% } the card is 17rem wide at most,
     and its footer's row broke by the words' widths at any window's width; and in a narrow column.
     postquote.css keeps the same lines from the same width (its footer's margin). The switch is a
     percentage of the footer's width (the card's less 0.75rem of padding and 1px of border a side),
     not a container query: a container's content gives no width to the boxes around it, and a card
     in a shrink-to-fit box (a flex row, inline-block, a float) takes its width from its content.
     Below it each part takes the whole line (each count a third of one: the not-phone rules
     above); above it, no bounds. <video-appeal>'s too (its fallback keeps the footer's room in its
     padding, whose percentages are of the page's column: the element's width, up to its max-width). */
  .card:not(.card .card) > .footer {
    --_narrow: (26.5rem - 2px - 100%) * 1000;
  }
  .card:not(.card .card) > .footer > * {
    min-width: clamp(0px, var(--_narrow), 100%);
  }
  @media print {
    .card {
      break-inside: avoid;
    }
    a.origin::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    a {
      transition: color 0.15s;
    }
  }
`;
