// Attached photos and videos: sizes reserved from width/height so nothing shifts; 2–4 in a grid.
import { html, nothing } from 'lit/html.js';
import type { Media } from '../model/post.js';
import { msg } from '../i18n/catalog.js';
import { safeUrl } from '../safety/url.js';
import type { RenderContext } from './context.js';

function item(m: Media, ctx: RenderContext, single: boolean) {
  const src = safeUrl(m.url, m.type === 'image' ? 'image' : 'media');
  if (!src) return nothing;
  const sized = single && m.width && m.height;
  const cls = sized ? 'm' : 'm fill';
  if (m.type === 'image')
    return html`<img
      class=${cls}
      src=${src}
      alt=${m.alt ?? msg(ctx.lang, 'imageNoAlt')}
      width=${m.width ?? 16}
      height=${m.height ?? 9}
      loading="lazy"
      decoding="async"
      referrerpolicy="no-referrer"
    />`;
  const poster = safeUrl(m.poster, 'image');
  const gif = m.type === 'gif';
  return html`<video
    class=${cls}
    src=${src}
    poster=${poster ?? nothing}
    width=${m.width ?? 16}
    height=${m.height ?? 9}
    preload="none"
    controls
    playsinline
    ?loop=${gif}
    ?muted=${gif}
    aria-label=${m.alt ?? msg(ctx.lang, 'video')}
  ></video>`;
}

export function renderMedia(media: Media[] | undefined, ctx: RenderContext) {
  if (!media?.length || ctx.noMedia) return nothing;
  const shown = media.slice(0, 4);
  return html`<div part="media" class="media n${shown.length}">${shown.map((m) => item(m, ctx, shown.length === 1))}</div>`;
}
