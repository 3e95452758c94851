// The newsroom's layer over the post: verification label, status line, translation, platform note.
import { html, nothing } from 'lit/html.js';
import type { Post } from '../model/post.js';
import { msg, msgParts } from '../i18n/catalog.js';
import { languageName } from '../i18n/format.js';
import { safeUrl } from '../safety/url.js';
import { icon, icons } from './icon.js';
import { renderTime } from './time.js';
import type { RenderContext } from './context.js';

export function renderVerification(post: Post, ctx: RenderContext) {
  const v = post.verification;
  if (!v?.status) return nothing;
  const label = msg(ctx.lang, v.status);
  const glyph = v.status === 'verified' ? icons.check : v.status === 'disputed' ? icons.cross : icons.warning;
  return html`<p part="verification" class="verification ${v.status}">
    ${icon(glyph)}<strong>${label}</strong>${v.note ? html` <span class="note">${v.note}</span>` : nothing}${
      v.by || v.at
        ? html` <span class="by"
            >${[v.by, v.at ? renderTime(v.at, ctx, 'short') : undefined].filter(Boolean).map((x, i) => (i ? html`, ${x}` : x))}</span
          >`
        : nothing
    }
  </p>`;
}

export function renderStatus(post: Post, ctx: RenderContext) {
  if (!post.status || post.status === 'available') return nothing;
  const archive = safeUrl(post.archive?.url, 'link');
  const archiveText = post.archive?.at
    ? msgParts(ctx.lang, 'archived', { date: renderTime(post.archive.at, ctx, 'short') })
    : msg(ctx.lang, 'archivedNoDate');
  return html`<p part="status" class="status" role="note">
    ${msg(ctx.lang, post.status)}
    ${archive ? html`<a href=${archive} rel="noopener noreferrer" target="_blank">${archiveText}</a>` : post.archive?.at ? archiveText : nothing}
  </p>`;
}

/** The translation shown first, and the toggle that reveals the original below it. */
export function renderTranslation(post: Post, ctx: RenderContext, original: unknown) {
  const t = post.translation;
  if (!t?.text) return original;
  const from = post.lang ? languageName(ctx.lang, post.lang) : '';
  const id = 'original';
  return html`<blockquote part="translation" class="translation" lang=${t.lang ?? ctx.lang} dir="auto">${t.text}</blockquote>
    <p class="credit">
      <span>${t.by ? msg(ctx.lang, 'translationBy', { by: t.by }) : msg(ctx.lang, 'translation')}</span>
      <button
        type="button"
        class="toggle"
        aria-expanded=${ctx.showOriginal ? 'true' : 'false'}
        aria-controls=${id}
        @click=${ctx.onToggleOriginal}
      >
        ${msg(ctx.lang, ctx.showOriginal ? 'hideOriginal' : 'showOriginal')}${from ? ` (${from})` : ''}
      </button>
    </p>
    <div id=${id} class="original" ?hidden=${!ctx.showOriginal}>${original}</div>`;
}

export function renderPlatformNote(post: Post, ctx: RenderContext) {
  const n = post.platformNote;
  if (!n?.text) return nothing;
  const source = n.source ?? ctx.platform.label;
  const url = safeUrl(n.url, 'link');
  return html`<aside class="platform-note">
    <p class="note-source">
      ${url ? html`<a href=${url} rel="noopener noreferrer" target="_blank">${msg(ctx.lang, 'platformNote', { source })}</a>` : msg(ctx.lang, 'platformNote', { source })}
    </p>
    <p>${n.text}</p>
  </aside>`;
}
