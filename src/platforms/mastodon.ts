// Mastodon: status URLs on any instance, @user@instance handles, the embed-code reader and the status JSON adapter.
/* eslint-disable @typescript-eslint/no-explicit-any -- the adapter reads loosely typed platform JSON */
import type { Platform, RawPost } from './platform.js';
import { bare, hostOf } from './common.js';

/** "/@user/123", "/@user@remote.host/123" (one instance showing another's post), "/users/user/statuses/123". */
const statusPath = /^\/(?:web\/)?@[\w.-]+(?:@[\w.-]+)?\/\d+\/?$|^\/users\/[\w.-]+\/statuses\/\d+\/?$/;

/** "user@instance": the instance from the handle, else from a "/@user@instance/" path, else the URL's host. */
function acct(handle: string, url?: string): string {
  const h = bare(handle);
  const host = /\/@[^/@]+@([\w.-]+)\//.exec(url ?? '')?.[1] ?? hostOf(url);
  return h.includes('@') || !host ? h : h + '@' + host;
}

export const mastodon: Platform = {
  id: 'mastodon',
  label: 'Mastodon',
  icon: 'M12 2C4 2 3 3.5 3 8c0 8 .5 12 7.5 12.5 2 .1 4-.3 5-.8v-1.9c-2.5.7-7 .6-7-1.6 7 1.4 12 .3 12-5V8c0-4.5-1-6-8.5-6ZM7 14V9c0-3 4-3.5 5-1 1-2.5 5-2 5 1v5h-2.2V9.5c0-1.8-2.3-1.8-2.3.2V12h-1V9.7c0-2-2.3-2-2.3-.2V14Z',
  hosts: [],
  matches: (url) => statusPath.test(url.pathname),
  handle: (h, url) => '@' + acct(h, url),
  profileUrl(h, url) {
    const [user, host] = acct(h, url).split('@');
    return host ? `https://${host}/@${encodeURIComponent(user)}` : undefined;
  },
  tagUrl: (t, url) => (hostOf(url) ? `https://${hostOf(url)}/tags/${encodeURIComponent(t)}` : undefined),
  embed: 'blockquote.mastodon-embed',
  // Mastodon 4.3+ embed codes hold only a link and "Post by @user@instance"; the text comes from JSON or the page.
  readEmbed: (bq) => ({
    platform: 'mastodon',
    url: bq.querySelector('a[href]')?.getAttribute('href') ?? bq.getAttribute('data-embed-url')?.replace(/\/embed$/, ''),
    author: { handle: /@([\w.-]+@[\w.-]+)/.exec(bq.textContent ?? '')?.[1] },
  }),
  fromJson: fromStatus,
};

/** A Mastodon API status (a boost becomes the boosted status) to a post. Its HTML is sanitized at render. */
function fromStatus(json: any): RawPost | undefined {
  const s = json?.reblog ?? json;
  const a = s?.account;
  if (typeof s?.content !== 'string' || typeof a?.acct !== 'string') return undefined;
  return {
    platform: 'mastodon',
    id: s.id,
    url: s.url ?? s.uri,
    author: {
      // Custom emoji shortcodes (":verified:") would read as text, or as a badge the platform never gave.
      name:
        String(a.display_name ?? '')
          .replace(/:[\w+-]+:/g, '')
          .trim() || a.username,
      handle: acct(a.acct, a.url),
      url: a.url,
      avatar: a.avatar_static ?? a.avatar,
    },
    html: s.content,
    lang: s.language ?? undefined,
    createdAt: s.created_at,
    editedAt: s.edited_at ?? undefined,
    contentWarning: s.spoiler_text || undefined,
    sensitive: s.sensitive || undefined,
    metrics: { shares: s.reblogs_count, likes: s.favourites_count, replies: s.replies_count },
    media: (Array.isArray(s.media_attachments) ? s.media_attachments : [])
      .filter((m: any) => m?.url && m.type !== 'unknown')
      .map((m: any) => ({
        type: m.type === 'image' ? 'image' : m.type === 'gifv' ? 'gif' : 'video',
        url: m.url,
        poster: m.type === 'image' ? undefined : m.preview_url,
        alt: m.description ?? undefined,
        width: m.meta?.original?.width,
        height: m.meta?.original?.height,
      })),
    quoted: s.quote?.quoted_status ? fromStatus(s.quote.quoted_status) : undefined,
  };
}
