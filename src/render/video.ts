// The video facade and its player: a box reserved at the video's aspect ratio, the poster (or a
// neutral placeholder), the play button, and after the press a native <video> or a privacy-mode iframe.
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Track } from '../model/post.js';
import { msg, msgParts } from '../i18n/catalog.js';
import { clock } from '../i18n/format.js';
import { icon } from './icon.js';
import { safeUrl } from '../safety/url.js';
import type { RenderContext } from './context.js';

/** The play button's triangle (24×24 path data, see icon.ts): only the video element draws it. */
const play = 'M8 5v14l11-7L8 5Z';

export interface Stage {
  /** Width and height of the box, in any unit: the sizer's viewBox reserves the ratio. */
  ratio: [number, number];
  poster?: string;
  duration?: number;
  /** The play button's accessible name, and the player's title. */
  label: string;
  title: string;
  /** What pressing play does: play here, link out, or nothing (no playable source). */
  mode: 'native' | 'embed' | 'link' | 'none';
  /** Link-out target (platforms without an embeddable player). */
  link?: string;
  /** Set while playing: the iframe URL, or the native sources and tracks. */
  playing?: {
    src?: string;
    sources: { src: string; type?: string }[];
    tracks: Track[];
  };
  onPlay(): void;
  onLoaded(event: Event): void;
}

const durationOf = (s: number) => html`<time part="duration" class="duration" datetime="PT${Math.round(s)}S">${clock(s)}</time>`;

/** Every track carried over; when none is marked default, the one in the reader's language is. */
function tracks(list: Track[], ctx: RenderContext) {
  const primary = (tag = '') => tag.split('-')[0].toLowerCase();
  const fallback = list.some((t) => t.default) ? undefined : list.find((t) => primary(t.srclang) === primary(ctx.lang));
  return list.map((t) => {
    const src = safeUrl(t.src, 'media');
    return src
      ? html`<track
          src=${src}
          kind=${t.kind ?? 'subtitles'}
          srclang=${t.srclang ?? nothing}
          label=${t.label ?? t.srclang ?? nothing}
          ?default=${t.default || t === fallback}
        />`
      : nothing;
  });
}

function player(s: Stage, ctx: RenderContext): TemplateResult {
  const p = s.playing!;
  return s.mode === 'native'
    ? html`<video
        part="player"
        class="layer player"
        controls
        autoplay
        playsinline
        poster=${s.poster ?? nothing}
        aria-label=${s.title}
        @loadedmetadata=${s.onLoaded}
      >
        ${p.sources.map((x) => html`<source src=${x.src} type=${x.type ?? nothing} />`)}${tracks(p.tracks, ctx)}
      </video>`
    : html`<iframe
        part="player"
        class="layer player"
        src=${p.src}
        title=${s.title}
        sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        referrerpolicy="strict-origin-when-cross-origin"
      ></iframe>`;
}

function facade(s: Stage) {
  const poster = s.poster
    ? html`<img part="poster" class="layer poster" src=${s.poster} alt="" decoding="async" referrerpolicy="no-referrer" />`
    : nothing;
  const duration = s.duration !== undefined ? durationOf(s.duration) : nothing;
  if (s.mode === 'link')
    return html`${poster}<a part="play-button" class="layer play" href=${s.link} target="_blank" rel="noopener noreferrer"
        ><span class="out">${icon(play)}${s.label}</span>${duration}</a
      >`;
  if (s.mode === 'none') return html`${poster}${duration}`;
  return html`${poster}<button part="play-button" class="layer play" type="button" aria-label=${s.label} @click=${s.onPlay}>
      <span class="disc">${icon(play)}</span>${duration}
    </button>`;
}

export function renderStage(s: Stage, ctx: RenderContext) {
  const [w, h] = s.ratio;
  return html`<div class="stage ${h > w ? 'tall' : ''}">
    <svg class="sizer" viewBox="0 0 ${w} ${h}" aria-hidden="true"></svg>${s.playing ? player(s, ctx) : facade(s)}
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
