// The quoted-post card: figure > header, newsroom labels, text (behind a warning if any), media,
// quoted post, footer with time, counts and the link to the original.
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Post } from '../model/post.js';
import { msg, msgParts } from '../i18n/catalog.js';
import { safeUrl } from '../safety/url.js';
import { platformById } from '../platforms/index.js';
import { renderAttribution } from './attribution.js';
import { renderText } from './text.js';
import { renderTimestamp } from './time.js';
import { renderCounts } from './counts.js';
import { renderMedia } from './media.js';
import { isGone, newsroom } from './newsroom-loader.js';
import { aboutLink, cardName, pageWords, platformLabel, type RenderContext } from './context.js';
import { formatDate } from '../i18n/format.js';
import { textDir } from '../i18n/locale.js';

/** Whether a post has anything to show; when not, the element keeps its light-DOM fallback. */
export function hasContent(post: Post): boolean {
  return !!(post.text || post.html || post.media?.length || post.quoted || post.translation?.text);
}

function body(post: Post, ctx: RenderContext): TemplateResult {
  // Text without a language of its own is in the page's, as the light-DOM blockquote it came from was.
  const lang = post.lang ?? pageWords(ctx);
  // Platform HTML, sanitized; its plain text (linked as any text) when the sanitizer cannot run.
  const h = post.html && ctx.html?.(post.html);
  const text =
    h || post.text
      ? // No whitespace inside: the text is shown with white-space: pre-line.
        html`<blockquote part="text" class="text ${h instanceof Node ? 'html' : ''}" lang=${lang} dir=${post.dir ?? textDir(post.lang)} cite=${safeUrl(post.url) ?? nothing}>${h instanceof Node ? h.cloneNode(true) : renderText(h ? { text: h, url: post.url } : post, ctx.platform)}</blockquote>`
      : nothing;
  const nr = newsroom();
  return html`${nr ? nr.renderTranslation(post, ctx, text) : text} ${renderMedia(post.media, ctx)}
  ${
    post.quoted && hasContent(post.quoted)
      ? html`<div part="quoted" class="quoted" aria-label=${msg(ctx.lang, 'quoted')} role="group">
          ${renderCard(post.quoted, { ...ctx, ...ctx.quoted(), platform: platformById(post.quoted.platform) ?? ctx.platform }, true)}
        </div>`
      : nothing
  }
  ${nr?.renderPlatformNote(post, ctx)}`;
}

/**
 * Behind a content warning, if the post has one. The newsroom layer (loaded before the first render
 * of any post that has a warning, see chunks.ts) draws it; without it there is no warning to show.
 */
export function guarded(post: Post, ctx: RenderContext, content: () => TemplateResult) {
  const nr = newsroom();
  return nr ? nr.guarded(post, ctx, content) : content();
}

export function renderCard(post: Post, ctx: RenderContext, nested = false): TemplateResult {
  const label = platformLabel(ctx, post);
  // Formatted once, for the timestamp and the origin link's name.
  const date = post.createdAt && formatDate(ctx.lang, post.createdAt, ctx.timeZone);
  const gone = isGone(post);
  const original = gone ? undefined : safeUrl(post.url);
  // A video's post (a Facebook video's address) is watched: its link says so, from the address alone.
  const out = original && ctx.platform.isVideo?.(original) ? 'watchOn' : 'viewOn';
  const reply = post.replyTo?.handle && !post.anonymize ? (ctx.platform.handle?.(post.replyTo.handle) ?? post.replyTo.handle) : undefined;
  const replyUrl = safeUrl(post.replyTo?.url);
  const name = cardName(ctx, label, post.author?.name ?? post.author?.handle);
  const nr = newsroom();
  return html`<figure
    part=${nested ? 'card nested' : 'card'}
    class="card ${gone ? 'gone' : ''}"
    lang=${ctx.lang}
    dir=${ctx.dir}
    aria-label=${name}
  >
    ${renderAttribution(post, ctx)} ${nr?.renderVerification(post, ctx)} ${nr?.renderStatus(post, ctx)}
    ${
      reply
        ? html`<p class="reply">
            ${msgParts(ctx.lang, 'replyingTo', {
              handle: replyUrl
                ? html`<a href=${replyUrl} rel="noopener noreferrer" target="_blank" aria-describedby="nt"><bdi dir="ltr">${reply}</bdi></a>`
                : html`<bdi dir="ltr">${reply}</bdi>`,
            })}
          </p>`
        : nothing
    }
    <div part="body" class="body">${guarded(post, ctx, () => body(post, ctx))}</div>
    <div part="footer" class="footer">
      ${renderTimestamp(post, ctx, date)} ${nested ? nothing : renderCounts(post.metrics, ctx)}
      ${
        original
          ? html`<a class="origin" href=${original} rel="noopener noreferrer" target="_blank"
              >${msg(ctx.lang, out, { platform: label })}<span class="sr">${aboutLink(ctx, name, date)}</span></a
            >`
          : nothing
      }
    </div>
  </figure>`;
}
