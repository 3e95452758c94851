// Post text as Lit text bindings: link ranges from the source, plus linkified URLs, @mentions,
// #hashtags and $cashtags. Only URLs that pass the gate become an href.
import { html, type TemplateResult } from 'lit/html.js';
import type { Post, TextLink } from '../model/post.js';
import type { Platform } from '../platforms/platform.js';
import { misleads, safeUrl } from '../safety/url.js';

/**
 * A URL, without the punctuation that ends a sentence around it: Latin, Arabic (، ؛ ؟ ۔), the
 * Indic danda (। ॥) and CJK (。、，！ and the rest of U+3000–303F and FF00–FF65), and without
 * quotes of any language („…“ ‚…‘ «…» ‹…›), "…", an em dash, or the invisible marks that follow a
 * URL in Arabic and Hebrew posts (LRM, RLM, ALM, the bidi embeddings and isolates) or a paste
 * (ZWSP), as on X: all of U+2014–206F. An en dash ends it only at its end: Wikipedia's titles hold
 * one (Mexican–American_War). ZWNJ stays: Persian words in a path hold it. Emoji and symbols end
 * it (U+2300–2BFF, U+1F000–1FAFF: "https://example.com/a🔥", a flag), as on X. Japanese, Chinese
 * and Korean (U+3000–D7FF: kana, ideographs, Hangul, and the rarer scripts between them) end it,
 * as on X: they run on without a space ("https://example.jp/aをご覧ください"). A closing
 * parenthesis ends it only when it closes an
 * opening one in its path (en.wikipedia.org/wiki/Mercury_(planet)), not one written around it. That look
 * back runs only where a `)` is (checked first): run at every position, it scanned back over the text
 * each time, quadratic in a long word.
 */
const url = String.raw`\b[hH][tT][tT][pP][sS]?:\/\/[^\s<>"'«»\u061c\u200b\u200e\u200f\u2014-\u206f\u2300-\u2bff\u{1f000}-\u{1faff}\u3000-\ud7ff\uff00-\uff65]+(?:[^\s<>"'«»\u061c\u200b\u200e\u200f\u2013-\u206f\u2300-\u2bff\u{1f000}-\u{1faff}\u3000-\ud7ff\uff00-\uff65.,;:!?)\]\u060c\u061b\u061f\u06d4\u0964\u0965]|(?=\))(?<=\/\S*\([^\s()]*)\))`;
/**
 * Hashtag after "#" or CJK input's full-width "＃" (group 2: word characters, at least one a
 * letter, and the joiners ZWNJ and ZWJ that Persian and Indic words hold, as X reads them) or
 * cashtag (group 3: "$TSLA", "$BRK.B").
 */
const tagOrCash = String.raw`[#\uff03]([\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_\u200c\u200d]*)|\$([A-Za-z]{1,6}(?:[._][A-Za-z]{1,2})?)(?![\p{L}\p{N}_])`;
/**
 * URL (its scheme in any case: "Https://"), or after a non-word character: @mention (group 1; also after the
 * full-width "＠" of Japanese input, which X links as "@": the one profile it can name, so on every platform), hashtag, cashtag.
 * No i flag: the scheme spells out its cases, and with i the first match compiled case-folded Unicode classes,
 * 4 times as long (about 5 ms of a page's first card on the bench machine).
 */
const entities = (mention: string) => new RegExp(`${url}|(?<=^|[^\\p{L}\\p{N}_@&/])(?:[@\uff20](${mention})|${tagOrCash})`, 'gu');
/**
 * "@user", "@user@instance" (Mastodon): up to Telegram's 32 characters (X allows 15, Mastodon 30). A longer name is no
 * mention at all: its first 32 characters would be another account.
 */
export const entity = entities(String.raw`\w{1,32}(?!\w)(?:@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?`);
/**
 * Handles that hold dots (Bluesky's domain names "@alice.bsky.social", Instagram's "@nat.geo"); a
 * sentence's final dot stays outside, and a fediverse handle ("@jack@mastodon.social") is no
 * mention of "@jack" there.
 */
export const dottedEntity = entities(String.raw`[\w-]{1,63}(?:\.[\w-]{1,63})*(?![\w@-])`);

function anchor(href: string | undefined, text: string): TemplateResult | string {
  const url = safeUrl(href, 'link');
  return url && !misleads(text, url)
    ? html`<a href=${url} rel="noopener noreferrer nofollow ugc" target="_blank" aria-describedby="nt">${text}</a>`
    : text;
}

/** Linkifies one stretch of plain text. */
function linkify(text: string, platform: Platform, postUrl: string | undefined): (TemplateResult | string)[] {
  const out: (TemplateResult | string)[] = [];
  let last = 0;
  for (const m of text.matchAll(platform.dottedHandles ? dottedEntity : entity)) {
    // No group matched: the match is a URL.
    const [s, mention, tag, cash] = m;
    const href = mention
      ? platform.profileUrl?.(mention, postUrl)
      : tag
        ? platform.tagUrl?.(tag, postUrl)
        : cash
          ? platform.cashtagUrl?.(cash)
          : s;
    if (!href) continue;
    out.push(text.slice(last, m.index), anchor(href, s));
    last = m.index + s.length;
  }
  out.push(text.slice(last));
  return out;
}

/** The text with its source links, and everything between them linkified. */
export function renderText(post: Post, platform: Platform) {
  const text = post.text ?? '';
  const links: TextLink[] = [...(post.links ?? [])].sort((a, b) => a.start - b.start);
  const parts: (TemplateResult | string)[] = [];
  let at = 0;
  for (const l of links) {
    if (l.start < at) continue;
    parts.push(...linkify(text.slice(at, l.start), platform, post.url), anchor(l.url, text.slice(l.start, l.end)));
    at = l.end;
  }
  parts.push(...linkify(text.slice(at), platform, post.url));
  return parts;
}
