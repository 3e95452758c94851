import type { TemplateResult } from 'lit/html.js';
import { QuoteElement } from '../quote-element.js';
import { renderCard, hasContent } from '../../render/card.js';
import { sanitizer } from '../../safety/sanitize-on-demand.js';
import { tokens, cardStyles } from '../../render/card.styles.js';

// The events it fires, for TypeScript: a type-only re-export, erased from the JavaScript,
// that keeps events.js in this module's .d.ts, where the events' GlobalEventHandlersEventMap entries
// are declared, so that importing this entry alone types `e.code` in a listener.
export type { PostquoteErrorEvent, PostquoteRevealEvent } from '../../events.js';

/**
 * A quoted social post, rendered from data the page holds: no third-party request, readable
 * without JavaScript (its light DOM stays in place), in the page's language and direction.
 *
 * @summary A quoted post from any platform.
 * @tag post-quote
 * @slot - The no-JS fallback: a `<blockquote>` (or a platform's pasted embed code). Read, never removed.
 * @slot translation - `<blockquote slot="translation" lang="de">`: the newsroom's translation.
 * @slot media - `<img slot="media">` photos attached to the post.
 * @csspart card - The `<figure>` around everything.
 * @csspart header - Avatar, author, handle and platform.
 * @csspart avatar - The avatar image or initials.
 * @csspart author - The author's name (`<cite>`).
 * @csspart handle - The author's handle.
 * @csspart platform - Platform icon and label.
 * @csspart body - Text, media and quoted post.
 * @csspart text - The post text (`<blockquote>`).
 * @csspart translation - The newsroom's translation.
 * @csspart media - Attached photos and videos.
 * @csspart quoted - A quoted post, as a nested card.
 * @csspart nested - The quoted post's card (also `card`; its header, author, text, … carry the same parts as the post's).
 * @csspart footer - Timestamp, counts and the link to the original.
 * @csspart timestamp - The `<time>`.
 * @csspart counts - Share, like, reply, quote and view counts.
 * @csspart verification - The newsroom's verification label.
 * @csspart warning - The content-warning disclosure (the warning alone, should the newsroom part fail to load).
 * @csspart status - The deleted / suspended / withheld line with the archive link.
 * @csspart platform-note - A platform's own note on the post (an X community note), with its source.
 * @cssproperty [--postquote-font=inherit] - Font family.
 * @cssproperty [--postquote-font-size=1rem] - Base size.
 * @cssproperty [--postquote-background=light-dark(#fff, #16181c)] - Card background.
 * @cssproperty [--postquote-color=light-dark(#0f1419, #e7e9ea)] - Text colour.
 * @cssproperty [--postquote-muted-color=light-dark(#536471, #9aa6b2)] - Secondary text.
 * @cssproperty [--postquote-border-color=light-dark(#cfd9de, #3e4a55)] - Card border.
 * @cssproperty [--postquote-link-color=light-dark(#0b57d0, #8ab4f8)] - Links and buttons.
 * @cssproperty [--postquote-verified-color=light-dark(#0a6b2f, #6fdc8c)] - "Verified" label.
 * @cssproperty [--postquote-unverified-color=light-dark(#8a4b00, #ffc266)] - "Not independently verified" label.
 * @cssproperty [--postquote-disputed-color=light-dark(#b3261e, #ff8a80)] - "Disputed" label.
 * @cssproperty [--postquote-note-background=light-dark(#f4f6f8, #20252b)] - Labels, notes, warnings.
 * @cssproperty [--postquote-radius=12px] - Corner radius.
 * @cssproperty [--postquote-spacing=0.75rem] - Inner spacing.
 * @cssproperty [--postquote-max-width=550px] - Maximum width.
 * @cssproperty [--postquote-margin=1.5rem] - Block margin.
 * @fires {PostquoteErrorEvent} postquote-error - Data was invalid or could not be loaded: `{ code, field?, message }`, `code` one of
 *   invalid-date, invalid-number, invalid-url, invalid-value, invalid-type, too-long, too-many, too-deep, invalid-json, no-content, no-text, split-markup, platform-mismatch, anonymize-fallback, iframe-in-fallback, image-proxy-refused, chunk-unavailable, load-failed, sanitizer-unavailable, internal (README, Events).
 * @fires {PostquoteRevealEvent} postquote-reveal - The reader opened the content warning.
 */
export class PostQuote extends QuoteElement {
  static override styles = [tokens, cardStyles];

  /** Platform HTML sanitized by the last render (the post's and its quoted post's), and what came of each. */
  #html = new Map<string, DocumentFragment | string>();

  protected override renderContent(): TemplateResult | undefined {
    const post = this.current;
    if (!hasContent(post)) {
      // A pasted iframe (Facebook's plugin) is no fallback to keep on show: a card that names the
      // platform and links the post takes its place, without words it was never given.
      if (!post.url || !this.querySelector('iframe')) {
        // Facebook's Page plugin (a page's timeline), pasted where a post's code was meant, holds no post.
        const page = this.querySelector('.fb-page') ? ' (div.fb-page: a Facebook page, not a post)' : '';
        this.problem({ code: 'no-content', message: `nothing to render${page}: keeping the fallback markup` });
        return undefined;
      }
      this.problem({ code: 'no-text', message: 'an iframe holds no text: give it in a blockquote or inline JSON' });
    }
    const last = this.#html;
    this.#html = new Map();
    return renderCard(
      post,
      this.context({
        // Through the one sanitizer (its chunk was awaited before this render, see chunks.ts).
        html: (source) => {
          const m = sanitizer.module;
          if (!m) return undefined;
          let out = last.get(source);
          if (out === undefined)
            try {
              out = m.sanitizeHtml(source);
            } catch (e) {
              // Sanitizer unavailable (e.g. the page's Trusted Types policy refuses ours): the HTML
              // is shown as plain text, through a text binding.
              this.problem({ code: 'sanitizer-unavailable', field: 'html', message: `HTML shown as plain text: ${String(e)}` });
              out = m.htmlToText(source);
            }
          this.#html.set(source, out);
          return out;
        },
      }),
    );
  }
}
