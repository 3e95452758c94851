// Inline SVG icons from path data (24×24, currentColor); decorative unless given a label.
import { html } from 'lit/html.js';

/**
 * The count icons are outlines, stroked 2 units wide (see .counts .icon in card.styles.ts); the
 * verified badge is filled (a twelve-point rosette; its check is cut out by winding it against the
 * three squares, once per square).
 */
export const icons = {
  shares: 'M2 8l3-3 3 3M5 5v10a3 3 0 0 0 3 3h5m9-2-3 3-3-3m3 3V9a3 3 0 0 0-3-3h-5',
  likes: 'M12 20 4 12a4.6 4.6 0 1 1 8-6 4.6 4.6 0 1 1 8 6Z',
  replies: 'M9 4h6a6 6 0 0 1 0 12h-2l-4 4v-4A6 6 0 0 1 9 4Z',
  quotes: 'M6 6h4v4h-4V8h4m-4 2c0 3 1.5 5.3 4 6m4-10h4v4h-4V8h4m-4 2c0 3 1.5 5.3 4 6',
  views: 'M5 21V11m5 10V3m5 18V7m5 14v-7',
  badge:
    'M5 5h14v14H5ZM14.6 2.4l7 12.2-12.2 7-7-12.2ZM9.4 2.4l12.2 7-7 12.2-12.2-7Zm1.3 12.9 6-6-1.4-1.4-4.6 4.6-2.2-2.2-1.4 1.4Zm0 0 6-6-1.4-1.4-4.6 4.6-2.2-2.2-1.4 1.4Zm0 0 6-6-1.4-1.4-4.6 4.6-2.2-2.2-1.4 1.4Z',
} as const;

/** A decorative icon: the path is bound inside the <svg> element of an HTML template, so it is parsed as SVG. */
export function icon(d: string) {
  return html`<svg viewBox="0 0 24 24" class="icon" aria-hidden="true"><path d=${d}></path></svg>`;
}

/** An icon that is the only sign of something (the verified badge): an image with a name. */
export function namedIcon(d: string, label: string) {
  return html`<svg viewBox="0 0 24 24" class="icon" role="img" aria-label=${label}><path d=${d}></path></svg>`;
}
