// The video facade: a box reserved at the video's aspect ratio, the poster (or a neutral
// placeholder) and the play button; the player that replaces them loads at the press (src/video/player.ts).
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { msg, msgParts } from '../i18n/catalog.js';
import { clock } from '../i18n/format.js';
import { icon } from './icon.js';
import type { RenderContext } from './context.js';

/** The play button's triangle (24×24 path data, see icon.ts): only the video element draws it. */
const play = 'M8 5v14l11-7L8 5Z';

export interface Stage {
  /** Width and height of the box, in any unit: the sizer's viewBox reserves the ratio. */
  ratio: [number, number];
  poster?: string;
  duration?: number;
  /** The play button's accessible name, or the link out's text. */
  label: string;
  /** Pressing play: the button plays here. */
  onPlay?(): void;
  /** Without `onPlay`: the link out (platforms without an embeddable player); neither: nothing to press. */
  link?: string;
  /** Once playing: the player (src/video/player.ts), in place of the poster and the button. */
  player?: TemplateResult;
}

/** The box at the video's ratio: the player once playing, else the poster and the play button (or link out). */
export function renderStage(s: Stage) {
  const [w, h] = s.ratio;
  const poster = s.poster
    ? html`<img part="poster" class="layer poster" src=${s.poster} alt="" decoding="async" referrerpolicy="no-referrer" />`
    : nothing;
  const duration =
    s.duration !== undefined
      ? html`<time part="duration" class="duration" datetime="PT${Math.round(s.duration)}S">${clock(s.duration)}</time>`
      : nothing;
  return html`<div class="stage ${h > w ? 'tall' : ''}">
    <svg class="sizer" viewBox="0 0 ${w} ${h}" aria-hidden="true"></svg>${
      s.player ??
      (s.onPlay
        ? html`${poster}<button part="play-button" class="layer play" type="button" aria-label=${s.label} @click=${s.onPlay}>
            <span class="disc">${icon(play)}</span>${duration}
          </button>`
        : s.link
          ? html`${poster}<a part="play-button" class="layer play" href=${s.link} target="_blank" rel="noopener noreferrer"
              ><span class="out">${icon(play)}${s.label}</span>${duration}</a
            >`
          : html`${poster}${duration}`)
    }
  </div>`;
}

/** Who will receive data, with a link to their privacy policy; the page's `slot="consent"` replaces it. */
export function renderConsent(provider: string, privacy: string | undefined, ctx: RenderContext) {
  return html`<div part="consent" class="consent">
    <slot name="consent"
      >${msgParts(ctx.lang, 'consent', { provider })}
      ${privacy ? html`<a href=${privacy} target="_blank" rel="noopener noreferrer">${msg(ctx.lang, 'privacyPolicy', { provider })}</a>` : nothing}</slot
    >
  </div>`;
}

/** The page's transcript, slotted in place (the light DOM stays where it is) inside a disclosure. */
export function renderTranscript(ctx: RenderContext) {
  return html`<details part="transcript" class="transcript">
    <summary>${msg(ctx.lang, 'transcript')}</summary>
    <slot name="transcript"></slot>
  </details>`;
}
