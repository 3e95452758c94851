// Bluesky post-view JSON (getPostThread, getPosts) to a post. Loaded on demand.
/* eslint-disable @typescript-eslint/no-explicit-any -- the adapter reads loosely typed platform JSON */
import type { TextLink } from '../../model/post.js';
import type { RawPost } from '../platform.js';
import { app, postUri } from '../bluesky.js';
import { hostOf } from '../../safety/url.js';
import { items } from './items.js';

export const fromBluesky = (json: any): RawPost | undefined => fromView(json?.thread?.post ?? json?.posts?.[0] ?? json);

/** A post view (getPostThread, getPosts) or a quoted record view, to a post. */
function fromView(v: any): RawPost | undefined {
  const r = v?.value ?? v?.record;
  const a = v?.author;
  const at = postUri.exec(v?.uri);
  if (typeof r?.text !== 'string' || typeof a?.handle !== 'string' || !at) return undefined;
  const e = v.embed ?? v.embeds?.[0];
  const q = e?.record?.record ?? e?.record;
  /** Images or a video: the embed itself, or its media beside a quoted post (recordWithMedia). */
  const m = e?.media ?? e;
  const links = facets(r.text, r.facets);
  return {
    platform: 'bluesky',
    id: at[2],
    // The DID form stays valid when the author changes their handle.
    url: `${app}profile/${at[1]}/post/${at[2]}`,
    author: { name: a.displayName || undefined, handle: a.handle, url: app + 'profile/' + a.handle, avatar: a.avatar },
    ...card(r.text, links, m?.external),
    lang: r.langs?.[0],
    createdAt: r.createdAt,
    metrics: { likes: v.likeCount, shares: v.repostCount, replies: v.replyCount, quotes: v.quoteCount },
    media: items(m?.images ?? (m?.playlist ? [m] : [])).map((i) => ({
      // A video (app.bsky.embed.video#view) is an HLS playlist, its thumbnail the poster.
      type: i?.playlist ? 'video' : 'image',
      url: i?.playlist ?? i?.fullsize ?? i?.thumb,
      poster: i?.playlist ? i.thumbnail : undefined,
      alt: i?.alt || undefined,
      width: i?.aspectRatio?.width || undefined,
      height: i?.aspectRatio?.height || undefined,
    })),
    quoted: q?.value ? fromView(q) : undefined,
    // Self-labels and moderation labels for adult or graphic media map onto the content warning.
    sensitive: items(v.labels).some((l) => /^(porn|sexual|nudity|graphic-media|gore)$/.test(l.val)) || undefined,
  };
}

/**
 * A link card (app.bsky.embed.external#view) follows the text as a link, "Title (host)", or its URL
 * when untitled: often the post's only link. Its description and thumbnail are the linked page's,
 * not the author's: left out (the thumbnail would be a request before the reader acts). A link the
 * text already holds is not repeated.
 */
function card(text: string, links: TextLink[], x: any): RawPost {
  const u = x?.uri;
  const host = /^https?:\/\//i.test(u) && hostOf(u);
  if (!host || text.includes(u) || links.some((l) => l.url === u)) return { text, links };
  const title = String(x.title ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const shown = title ? `${title} (${host})` : u;
  const start = text.length + 2;
  return { text: `${text}\n\n${shown}`, links: [...links, { start, end: start + shown.length, url: u }] };
}

/** Rich-text facets count UTF-8 bytes; links count UTF-16 units. Offsets inside a character are dropped. */
function facets(text: string, list: unknown): TextLink[] {
  const at: number[] = [];
  let bytes = 0;
  let units = 0;
  for (const c of text) {
    at[bytes] = units;
    const n = c.codePointAt(0)!;
    bytes += n < 0x80 ? 1 : n < 0x800 ? 2 : n < 0x10000 ? 3 : 4;
    units += c.length;
  }
  at[bytes] = units;
  return (Array.isArray(list) ? list : []).flatMap((f: any) => {
    const start = at[f?.index?.byteStart];
    const end = at[f?.index?.byteEnd];
    const x = f?.features?.[0];
    // A tag's lone surrogate (half an emoji) would make encodeURIComponent throw, and lose the whole post.
    const tag = x?.tag && String(x.tag).replace(/[\ud800-\udfff]/gu, '');
    const url = x?.uri ?? (x?.did ? app + 'profile/' + x.did : tag ? app + 'hashtag/' + encodeURIComponent(tag) : undefined);
    return typeof url === 'string' && start !== undefined && end! > start ? [{ start, end: end!, url }] : [];
  });
}
