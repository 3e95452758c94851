import type { TemplateResult } from 'lit/html.js';
import { QuoteElement } from '../quote-element.js';
import { renderCard, hasContent } from '../../render/card.js';
import { sanitizer } from '../../safety/sanitize-on-demand.js';
import { tokens, cardStyles } from '../../render/card.styles.js';

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
 * @csspart footer - Timestamp, counts and the link to the original.
 * @csspart timestamp - The `<time>`.
 * @csspart counts - Share, like, reply, quote and view counts.
 * @csspart verification - The newsroom's verification label.
 * @csspart warning - The content-warning disclosure.
 * @csspart status - The deleted / suspended / withheld line with the archive link.
 * @cssproperty --postquote-font - Font family. Default: inherit.
 * @cssproperty --postquote-font-size - Base size. Default: 1rem.
 * @cssproperty --postquote-background - Card background. Default: #fff / #16181c (dark).
 * @cssproperty --postquote-color - Text colour. Default: #0f1419 / #e7e9ea.
 * @cssproperty --postquote-muted-color - Secondary text. Default: #536471 / #9aa6b2.
 * @cssproperty --postquote-border-color - Card border. Default: #cfd9de / #3e4a55.
 * @cssproperty --postquote-link-color - Links and buttons. Default: #0b57d0 / #8ab4f8.
 * @cssproperty --postquote-verified-color - "Verified" label. Default: #0a6b2f / #6fdc8c.
 * @cssproperty --postquote-unverified-color - "Not independently verified" label. Default: #8a4b00 / #ffc266.
 * @cssproperty --postquote-disputed-color - "Disputed" label. Default: #b3261e / #ff8a80.
 * @cssproperty --postquote-note-background - Labels, notes, warnings. Default: #f4f6f8 / #20252b.
 * @cssproperty --postquote-radius - Corner radius. Default: 12px.
 * @cssproperty --postquote-spacing - Inner spacing. Default: 0.75rem.
 * @cssproperty --postquote-max-width - Maximum width. Default: 550px.
 * @cssproperty --postquote-margin - Block margin. Default: 1.5rem.
 * @fires postquote-error - Data was invalid or could not be loaded: `{ code, field?, message }`.
 * @fires postquote-reveal - The reader opened the content warning.
 */
export class PostQuote extends QuoteElement {
  static override styles = [tokens, cardStyles];

  /** The last HTML sanitized, and what came of it (a fragment, or the text when the sanitizer could not run). */
  #html?: { source: string; fragment?: DocumentFragment; text?: string };

  /** Platform HTML through the one sanitizer (its chunk was awaited before this render, see chunks.ts). */
  #sanitized(source: string): { fragment?: DocumentFragment; text?: string } {
    const m = sanitizer.module;
    if (!m) return {};
    if (this.#html?.source !== source) {
      try {
        this.#html = { source, fragment: m.sanitizeHtml(source) };
      } catch (e) {
        // Sanitizer unavailable (e.g. the page's Trusted Types policy refuses ours): the HTML is
        // shown as plain text, through a text binding.
        this.problem({ code: 'sanitizer-unavailable', field: 'html', message: `HTML shown as plain text: ${String(e)}` });
        this.#html = { source, text: m.htmlToText(source) };
      }
    }
    return this.#html;
  }

  protected override renderContent(): TemplateResult | undefined {
    const post = this.current;
    if (!hasContent(post)) {
      this.problem({ code: 'no-content', message: 'nothing to render: keeping the fallback markup' });
      return undefined;
    }
    const { fragment, text } = post.html ? this.#sanitized(post.html) : {};
    if (text && !post.text) post.text = text;
    return renderCard(post, this.context({ html: fragment }));
  }
}
