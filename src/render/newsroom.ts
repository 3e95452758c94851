// The newsroom's layer over the post: verification label, status line, translation, platform note,
// content warning. An on-demand chunk (see newsroom-loader.ts) with its styles and English messages:
// a post without any of these never loads it.
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Post } from '../model/post.js';
import { msg, msgParts, type MessageKey } from '../i18n/catalog.js';
import { languageName } from '../i18n/language-name.js';
import { textDir } from '../i18n/locale.js';
import { safeUrl } from '../safety/url.js';
import { icon } from './icon.js';
import { renderTime } from './time.js';
import { pageWords as words, type RenderContext } from './context.js';
import { controlStyles } from './controls.styles.js';
import { newsroomStyles } from './newsroom.styles.js';
import { isGone } from './newsroom-loader.js';

/** The verification label's glyphs (24×24 path data); they travel with this chunk. */
const labelIcons = {
  check: 'M9.6 17.2 4.4 12l1.4-1.4 3.8 3.8 8.6-8.6 1.4 1.4-10 10Z',
  cross:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm4.3 12.9-1.4 1.4L12 13.4l-2.9 2.9-1.4-1.4 2.9-2.9-2.9-2.9 1.4-1.4 2.9 2.9 2.9-2.9 1.4 1.4-2.9 2.9 2.9 2.9Z',
  warning: 'M12 2 1 21h22L12 2Zm1 16h-2v-2h2v2Zm0-4h-2V9h2v5Z',
};

export { default as messages } from '../i18n/messages/en-newsroom.js';
/** Adopted by the element's shadow root beside its static styles, in this order. */
export const styles = [controlStyles, newsroomStyles];

export function renderVerification(post: Post, ctx: RenderContext) {
  const v = post.verification;
  if (!v?.status) return nothing;
  const label = msg(ctx.lang, v.status);
  const page = words(ctx);
  const glyph = v.status === 'verified' ? labelIcons.check : v.status === 'disputed' ? labelIcons.cross : labelIcons.warning;
  // The checker's name is isolated, so that in an RTL card "Reuters" does not pull the date's digits into its run.
  // The note and the name are the newsroom's words, in the page's language and their own direction
  // (a Hebrew note in an English card); the sentence around them is the card's.
  const by = v.by && html`<bdi lang=${page}>${v.by}</bdi>`;
  const at = v.at && renderTime(v.at, ctx, 'short');
  return html`<p part="verification" class="verification ${v.status}">
    ${icon(glyph)}<strong>${label}</strong>
    ${
      v.note || by || at
        ? html`<span class="detail"
            >${v.note ? html`<span class="note" lang=${page} dir="auto">${v.note}</span>` : nothing}
            ${by || at ? html`<span class="by">${by && at ? msgParts(ctx.lang, 'verificationBy', { by, date: at }) : by || at}</span>` : nothing}</span
          >`
        : nothing
    }
  </p>`;
}

export function renderStatus(post: Post, ctx: RenderContext) {
  if (!isGone(post)) return nothing;
  const archive = safeUrl(post.archive?.url, 'link');
  const archiveText = post.archive?.at
    ? msgParts(ctx.lang, 'archived', { date: renderTime(post.archive.at, ctx, 'short') })
    : msg(ctx.lang, 'archivedNoDate');
  return html`<p part="status" class="status" role="note">
    ${msg(ctx.lang, (post.status + (ctx.video ? 'Video' : '')) as MessageKey)}
    ${archive ? html`<a href=${archive} rel="noopener noreferrer" target="_blank" aria-describedby="nt">${archiveText}</a>` : post.archive?.at ? archiveText : nothing}
  </p>`;
}

/** The translation shown first, and the toggle that reveals the original below it. */
export function renderTranslation(post: Post, ctx: RenderContext, original: unknown) {
  const t = post.translation;
  if (!t?.text) return original;
  const from = post.lang ? languageName(ctx.lang, post.lang) : '';
  const id = `original${ctx.level || ''}`;
  const page = words(ctx);
  // The newsroom's translation, without a language of its own, is in the page's (as its light-DOM
  // blockquote is); the translator's name too, isolated like the checker's.
  return html`<blockquote part="translation" class="translation" lang=${t.lang ?? page} dir=${textDir(t.lang)}>${t.text}</blockquote>
    <p class="credit">
      <span
        >${t.by ? msgParts(ctx.lang, 'translationBy', { by: html`<bdi lang=${page}>${t.by}</bdi>` }) : msg(ctx.lang, 'translation')}</span
      >
      ${
        // A translation of a post with no text of its own (photos only): no original to show.
        original === nothing
          ? nothing
          : html`<button
              type="button"
              class="toggle"
              aria-expanded=${ctx.showOriginal ? 'true' : 'false'}
              aria-controls=${id}
              @click=${ctx.onToggleOriginal}
            >
              ${msg(ctx.lang, ctx.showOriginal ? 'hideOriginal' : 'showOriginal')}${from ? ` (${from})` : ''}
            </button>`
      }
    </p>
    ${original === nothing ? nothing : html`<div id=${id} class="original" ?hidden=${!ctx.showOriginal}>${original}</div>`}`;
}

export function renderPlatformNote(post: Post, ctx: RenderContext) {
  const n = post.platformNote;
  if (!n?.text) return nothing;
  const source = n.source ?? ctx.platform.label;
  const url = safeUrl(n.url, 'link');
  return html`<aside part="platform-note" class="platform-note">
    <p class="note-source">
      ${url ? html`<a href=${url} rel="noopener noreferrer" target="_blank" aria-describedby="nt">${msg(ctx.lang, 'platformNote', { source })}</a>` : msg(ctx.lang, 'platformNote', { source })}
    </p>
    <p lang=${n.lang ?? words(ctx)} dir="auto">${n.text}</p>
  </aside>`;
}

/** Behind a content warning (the editor's, or the platform's spoiler / sensitive flag). */
export function guarded(post: Post, ctx: RenderContext, content: () => TemplateResult) {
  const warning = post.contentWarning ?? (post.sensitive ? msg(ctx.lang, 'warning') : undefined);
  if (!warning) return content();
  // Open only for the post and warning the reader opened: a page that swaps in another post or
  // another warning closes it again.
  const key = `${warning}\n${post.url ?? post.text ?? ''}`;
  const open = ctx.revealed === key;
  // The catalog's labelSeparator joins the label to the editor's warning, space included (French:
  // a narrow no-break space before the colon), so no whitespace stands between </strong> and <span>.
  // The label is the card's words, the warning the editor's, in the page's language and its own direction.
  return html`<details
    part="warning"
    class="warning"
    ?open=${open}
    @toggle=${(e: Event) => ctx.onReveal((e.target as HTMLDetailsElement).open ? key : undefined)}
  >
    <summary>
      <strong>${msg(ctx.lang, 'warning')}${post.contentWarning ? msg(ctx.lang, 'labelSeparator') : ''}</strong
      >${post.contentWarning ? html`<span lang=${words(ctx)} dir="auto">${post.contentWarning}</span>` : nothing}
      <span class="reveal">${msg(ctx.lang, ctx.video ? 'revealVideo' : 'reveal')}</span>
    </summary>
    ${open ? content() : nothing}
  </details>`;
}
