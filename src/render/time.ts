// Timestamps: <time datetime> with an absolute date in the UI language and optional time zone.
import { html, nothing } from 'lit/html.js';
import { formatDate } from '../i18n/format.js';
import { msg, msgParts } from '../i18n/catalog.js';
import type { Post } from '../model/post.js';
import type { RenderContext } from './context.js';

export function renderTime(iso: string | undefined, ctx: RenderContext, style: 'long' | 'short' = 'long') {
  return iso ? html`<time datetime=${iso}>${formatDate(ctx.lang, iso, ctx.timeZone, style)}</time>` : nothing;
}

/** The post's timestamp; `date` is its creation date as formatDate() gives it, formatted once by the card (the template is inline: one less per card). */
export function renderTimestamp(post: Post, ctx: RenderContext, date: string | undefined) {
  if (!date) return nothing;
  return html`<span part="timestamp" class="timestamp"
    ><time datetime=${post.createdAt!}>${date}</time>${
      post.editedAt
        ? // The date is a tooltip to see and text to hear (a title alone reaches neither keyboard nor screen reader).
          html`${' · '}<span class="edited" title=${msg(ctx.lang, 'editedAt', { date: formatDate(ctx.lang, post.editedAt, ctx.timeZone) })}
              ><span aria-hidden="true">${msg(ctx.lang, 'edited')}</span
              ><span class="sr">${msgParts(ctx.lang, 'editedAt', { date: renderTime(post.editedAt, ctx) })}</span></span
            >`
        : nothing
    }</span
  >`;
}
