// Post text as Lit text bindings: link ranges from the source, plus linkified URLs, @mentions,
// #hashtags and $cashtags. Only URLs that pass the gate become an href.
import { html, type TemplateResult } from 'lit/html.js';
import type { Post, TextLink } from '../model/post.js';
import type { Platform } from '../platforms/platform.js';
import { safeUrl } from '../safety/url.js';

const url = String.raw`(?<url>\bhttps?:\/\/[^\s<>"'“”‘’]+[^\s<>"'“”‘’.,;:!?)\]])`;
const tagOrCash = String.raw`#(?<tag>[\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*)|\$(?<cash>[A-Za-z]{1,6}(?:[._][A-Za-z]{1,2})?)(?![\p{L}\p{N}_])`;
const entities = (mention: string) => new RegExp(`${url}|(?<=^|[^\\p{L}\\p{N}_@&/])(?:@(?<mention>${mention})|${tagOrCash})`, 'gu');
/** "@user", "@user@instance" (Mastodon). */
const entity = entities(String.raw`[A-Za-z0-9_]{1,30}(?:@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?`);
/** Handles that are domain names (Bluesky: "@alice.bsky.social"); a sentence's final dot stays outside. */
const domainEntity = entities(String.raw`[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,}`);

const rel = 'noopener noreferrer nofollow ugc';

function anchor(href: string | undefined, text: string): TemplateResult | string {
  const url = safeUrl(href, 'link');
  return url ? html`<a href=${url} rel=${rel} target="_blank">${text}</a>` : text;
}

/** Linkifies one stretch of plain text. */
function linkify(text: string, platform: Platform, postUrl: string | undefined): (TemplateResult | string)[] {
  const out: (TemplateResult | string)[] = [];
  let last = 0;
  for (const m of text.matchAll(platform.domainHandles ? domainEntity : entity)) {
    const g = m.groups!;
    const href =
      g.url ??
      (g.mention ? platform.profileUrl?.(g.mention, postUrl) : g.tag ? platform.tagUrl?.(g.tag, postUrl) : platform.cashtagUrl?.(g.cash));
    if (!href) continue;
    out.push(text.slice(last, m.index), anchor(href, m[0]));
    last = m.index + m[0].length;
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
