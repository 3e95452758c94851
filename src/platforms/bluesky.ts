// Bluesky: bsky.app URLs, @handle.bsky.social handles, the embed-code reader and the post-view JSON adapter.
/* eslint-disable @typescript-eslint/no-explicit-any -- the adapter reads loosely typed platform JSON */
import type { TextLink } from '../model/post.js';
import type { Platform, RawPost } from './platform.js';
import { readText, readAttribution, embedDate } from '../sources/text.js';
import { bare } from './common.js';

const app = 'https://bsky.app/';
const postUri = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([\w.~:-]+)$/;
/** A handle with its domain ("alice.bsky.social") or a DID: only those name a profile. */
const full = (h: string) => /^[\w%-]+[.:][\w.:%-]+$/.test(h);

export const bluesky: Platform = {
  id: 'bluesky',
  label: 'Bluesky',
  icon: 'M12 11C10.5 8 6.5 3 3.5 3 1.5 3 2 6 2.6 9.5 3 12 5.5 13 8 12.7c-3.5.7-4.5 2.8-2.5 5.3 3 3.5 5.5-.5 6.5-3 1 2.5 3.5 6.5 6.5 3 2-2.5 1-4.6-2.5-5.3 2.5.3 5-.7 5.4-3.2C22 6 22.5 3 20.5 3c-3 0-7 5-8.5 8Z',
  hosts: ['bsky.app'],
  handle: (h) => '@' + (full(bare(h)) ? bare(h) : bare(h) + '.bsky.social'),
  profileUrl: (h) => (full(bare(h)) ? app + 'profile/' + bare(h) : undefined),
  tagUrl: (t) => app + 'hashtag/' + encodeURIComponent(t),
  embed: 'blockquote.bluesky-embed',
  readEmbed(bq) {
    const p = bq.querySelector('p');
    const at = postUri.exec(bq.getAttribute('data-bluesky-uri') ?? '');
    const date = [...bq.querySelectorAll(':scope > a[href]')].pop()?.textContent ?? '';
    const attribution = readAttribution(bq, p);
    // The code keeps the post's line breaks as raw newlines: read a copy with them marked (U+2028,
    // which HTML does not fold), then turn them back. Same length, so link offsets stay right.
    const copy = p?.cloneNode(true) as Element | undefined;
    if (copy)
      for (const w = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT); w.nextNode();)
        w.currentNode.nodeValue = w.currentNode.nodeValue!.replace(/\n/g, '\u2028');
    const read = copy && readText(copy);
    return {
      ...read,
      text: read?.text.replace(/\u2028/g, '\n'),
      lang: p?.getAttribute('lang') || undefined,
      ...attribution,
      // "January 8, 2025 at 11:00 PM" is in the embedding reader's time zone: keep only the day.
      createdAt: embedDate(date.replace(/\s+at\s.*$/s, '')),
      url: attribution.url ?? (at ? `${app}profile/${at[1]}/post/${at[2]}` : undefined),
      id: at?.[2],
      platform: 'bluesky',
    };
  },
  fromJson: (json: any) => fromView(json?.thread?.post ?? json?.posts?.[0] ?? json),
};

/** A post view (getPostThread, getPosts) or a quoted record view, to a post. */
function fromView(v: any): RawPost | undefined {
  const r = v?.value ?? v?.record;
  const a = v?.author;
  const at = postUri.exec(v?.uri);
  if (typeof r?.text !== 'string' || typeof a?.handle !== 'string' || !at) return undefined;
  const e = v.embed ?? v.embeds?.[0];
  const q = e?.record?.record ?? e?.record;
  return {
    platform: 'bluesky',
    id: at[2],
    // The DID form stays valid when the author changes their handle.
    url: `${app}profile/${at[1]}/post/${at[2]}`,
    author: { name: a.displayName || undefined, handle: a.handle, url: app + 'profile/' + a.handle, avatar: a.avatar },
    text: r.text,
    links: facets(r.text, r.facets),
    lang: r.langs?.[0],
    createdAt: r.createdAt,
    metrics: { likes: v.likeCount, shares: v.repostCount, replies: v.replyCount, quotes: v.quoteCount },
    media: (e?.images ?? e?.media?.images ?? []).map((i: any) => ({
      type: 'image',
      url: i?.fullsize ?? i?.thumb,
      alt: i?.alt || undefined,
      width: i?.aspectRatio?.width || undefined,
      height: i?.aspectRatio?.height || undefined,
    })),
    quoted: q?.value ? fromView(q) : undefined,
    // Self-labels and moderation labels for adult or graphic media map onto the content warning.
    sensitive: v.labels?.some((l: any) => /^(porn|sexual|nudity|graphic-media|gore)$/.test(l?.val)) || undefined,
  };
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
    const url = x?.uri ?? (x?.did ? app + 'profile/' + x.did : x?.tag ? app + 'hashtag/' + encodeURIComponent(x.tag) : undefined);
    return typeof url === 'string' && start !== undefined && end! > start ? [{ start, end: end!, url }] : [];
  });
}
