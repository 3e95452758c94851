// Inline SVG icons from path data (24×24, currentColor); decorative unless given a label.
import { svg, html, nothing } from 'lit/html.js';

export const icons = {
  shares:
    'M4.5 3.9 8.7 8H6v8a2 2 0 0 0 2 2h5.5v2H8a4 4 0 0 1-4-4V8H1.3l3.2-4.1ZM16 6h-5.5V4H16a4 4 0 0 1 4 4v8h2.7l-4.2 4.1-3.2-4.1H18V8a2 2 0 0 0-2-2Z',
  likes:
    'M16.7 4.2c-1.8 0-3.4.9-4.7 2.6-1.3-1.7-2.9-2.6-4.7-2.6C4.3 4.2 2 6.6 2 9.7c0 5 7.3 9.6 9.5 10.9l.5.3.5-.3C14.7 19.3 22 14.7 22 9.7c0-3.1-2.3-5.5-5.3-5.5ZM12 18.6c-3.7-2.3-8-5.9-8-8.9 0-2 1.5-3.5 3.3-3.5 1.5 0 2.7.9 3.8 2.9l.9 1.6.9-1.6c1.1-2 2.3-2.9 3.8-2.9 1.8 0 3.3 1.5 3.3 3.5 0 3-4.3 6.6-8 8.9Z',
  replies:
    'M2 10.5C2 6.4 5.3 3 9.5 3h5C18.7 3 22 6.4 22 10.6c0 4.3-3.5 7.6-7.8 7.5L8 21.6V18C4.6 17.6 2 14.4 2 10.5ZM9.5 5A5.5 5.5 0 0 0 4 10.5C4 13.5 6.5 16 9.5 16h.5v2.1l3.7-2.1h.6a5.5 5.5 0 0 0 0-11h-5Z',
  quotes: 'M5 5h6v6H7.6c0 2 .9 3.3 3 4l-.7 1.9C6.8 15.8 5 13.5 5 10V5Zm8 0h6v6h-3.4c0 2 .9 3.3 3 4l-.7 1.9c-3.1-1.1-4.9-3.4-4.9-6.9V5Z',
  views: 'M4 21V11h2v10H4Zm5 0V3h2v18H9Zm5 0V7h2v14h-2Zm5 0v-7h2v7h-2Z',
  badge:
    'M12 1.7 14.6 4l3.4-.4.9 3.3 3 1.7-1.3 3.2 1.3 3.2-3 1.7-.9 3.3-3.4-.4L12 22.3 9.4 20l-3.4.4-.9-3.3-3-1.7L3.4 12 2.1 8.8l3-1.7.9-3.3 3.4.4L12 1.7Zm-1.3 13.6 6-6-1.4-1.4-4.6 4.6-2.2-2.2-1.4 1.4 3.6 3.6Z',
} as const;

export function icon(d: string, label?: string) {
  return html`<svg
    viewBox="0 0 24 24"
    class="icon"
    role=${label ? 'img' : nothing}
    aria-label=${label ?? nothing}
    aria-hidden=${label ? nothing : 'true'}
    focusable="false"
  >
    ${svg`<path d=${d}></path>`}
  </svg>`;
}
