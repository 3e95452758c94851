// The video facade: a box reserved at the video's aspect ratio, the poster (or a neutral
// placeholder) and the play button; the player that replaces them loads at the press (src/video/player.ts).
import { html, nothing } from 'lit/html.js';
import { msg, msgParts } from '../i18n/catalog.js';
import { clock } from '../i18n/format.js';
import { icon } from './icon.js';
import type { RenderContext } from './context.js';

/** The play button's triangle (24×24 path data, see icon.ts): only the video element draws it. */
const play = 'M8 5v14l11-7L8 5Z';

/**
 * The box at the video's ratio ([width, height]) holding `content`: the player once playing, else
 * the facade (renderFacade).
 */
export function renderStage([w, h]: [number, number], content: unknown) {
  return html`<div class="stage ${h > w ? 'tall' : ''}">
    <svg class="sizer" viewBox="0 0 ${w} ${h}" aria-hidden="true"></svg>${content}
  </div>`;
}

/**
 * The poster, the duration as a clock in `lang`'s digits, and the play button named `label` (with
 * `onPlay`, described by the consent notice when `described`), or with `link` instead the link out
 * labelled `label` (platforms without an embeddable player), then `about` for screen readers only
 * (which post, and the new tab), or neither: nothing to press.
 */
export function renderFacade(
  poster: string | undefined,
  duration: number | undefined,
  lang: string,
  label: string,
  onPlay?: () => void,
  link?: string,
  about?: string,
  described?: unknown,
) {
  const img = poster
    ? html`<img part="poster" class="layer poster" src=${poster} alt="" decoding="async" referrerpolicy="no-referrer" />`
    : nothing;
  const time =
    duration !== undefined
      ? html`<time part="duration" class="duration" datetime="PT${Math.round(duration)}S">${clock(lang, duration)}</time>`
      : nothing;
  return onPlay
    ? html`${img}<button
          part="play-button"
          class="layer play"
          type="button"
          aria-label=${label}
          aria-describedby=${described ? 'consent' : nothing}
          @click=${onPlay}
        >
          <span class="disc">${icon(play)}</span>${time}
        </button>`
    : link
      ? html`${img}<a part="play-button" class="layer play" href=${link} target="_blank" rel="noopener noreferrer"
            ><span class="out">${icon(play)}${label}</span><span class="sr">${about}</span>${time}</a
          >`
      : html`${img}${time}`;
}

/**
 * Who will receive data, with a link to their privacy policy, in the card's language; the page's
 * `slot="consent"` replaces it, in the page's (as the transcript, see renderTranscript). It follows
 * the video, so the buttons that load the player name it as their description (id "consent"), heard
 * on them before the press.
 */
export function renderConsent(provider: string, privacy: string | undefined, ctx: RenderContext) {
  return html`<div part="consent" class="consent" id="consent">
    <slot name="consent" lang=${ctx.pageLang ?? nothing}
      ><span lang=${ctx.lang}
        >${msgParts(ctx.lang, 'consent', { provider })}
        ${privacy ? html`<a href=${privacy} target="_blank" rel="noopener noreferrer" aria-describedby="nt">${msg(ctx.lang, 'privacyPolicy', { provider })}</a>` : nothing}</span
      ></slot
    >
  </div>`;
}

/**
 * The page's transcript, slotted in place (the light DOM stays where it is) inside a disclosure. A
 * slotted node is laid out and spoken in its slot's language, not the card's: the page's, as in the
 * light DOM (on a slot, which is neither drawn nor in the accessibility tree, a redundant lang is harmless).
 */
export function renderTranscript(ctx: RenderContext) {
  return html`<details part="transcript" class="transcript">
    <summary>${msg(ctx.lang, 'transcript')}</summary>
    <slot name="transcript" lang=${ctx.pageLang ?? nothing}></slot>
  </details>`;
}
