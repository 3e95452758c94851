// Mastodon API status JSON to a post (its HTML is sanitized at render). Loaded on demand.
/* eslint-disable @typescript-eslint/no-explicit-any -- the adapter reads loosely typed platform JSON */
import type { RawPost } from '../platform.js';
import { acct } from '../mastodon.js';

export /** A Mastodon API status (a boost becomes the boosted status) to a post. Its HTML is sanitized at render. */
function fromStatus(json: any): RawPost | undefined {
  const s = json?.reblog ?? json;
  const a = s?.account;
  if (typeof s?.content !== 'string' || typeof a?.acct !== 'string') return undefined;
  const own = shortcodes(a.emojis);
  return {
    platform: 'mastodon',
    id: s.id,
    url: s.url ?? s.uri,
    author: {
      // The account's custom emoji shortcodes (":verified:") would read as text, or as a badge the
      // platform never gave: they leave the name. Other colons ("Team A:B:C") are the name's own.
      name:
        String(a.display_name ?? '')
          .replace(/:(\w+):/g, (c, code: string) => (own.has(code) ? '' : c))
          .trim() || a.username,
      handle: acct(a.acct, a.url),
      url: a.url,
      avatar: a.avatar_static ?? a.avatar,
    },
    // A poll's options (and their counts, when the instance shows them) follow the text: the post's
    // question without them would be half of it. Custom emoji in the text stay as their ":shortcode:".
    html: s.content + poll(s.poll?.options) + linked(s.media_attachments),
    lang: s.language ?? undefined,
    createdAt: s.created_at,
    editedAt: s.edited_at ?? undefined,
    contentWarning: s.spoiler_text || undefined,
    sensitive: s.sensitive || undefined,
    metrics: { shares: s.reblogs_count, likes: s.favourites_count, replies: s.replies_count },
    media: (Array.isArray(s.media_attachments) ? s.media_attachments : [])
      .filter((m: any) => m?.url && !linkedTypes.test(m.type))
      .map((m: any) => ({
        type: m.type === 'image' ? 'image' : m.type === 'gifv' ? 'gif' : 'video',
        url: m.url,
        poster: m.type === 'image' ? undefined : m.preview_url,
        alt: m.description ?? undefined,
        width: m.meta?.original?.width,
        height: m.meta?.original?.height,
      })),
    // The first video's length in seconds, for <video-appeal>'s duration (it plays that video; the
    // quote elements have no `video` field and drop it).
    video: { duration: s.media_attachments?.find?.((m: any) => m?.type === 'video')?.meta?.original?.duration },
    quoted: s.quote?.quoted_status ? fromStatus(s.quote.quoted_status) : undefined,
  };
}

const shortcodes = (list: unknown) => new Set((Array.isArray(list) ? list : []).map((e: any) => e?.shortcode));

const escape = (t: string) => t.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The attachments that follow the text as links rather than show as media (see linked). */
const linkedTypes = /^(unknown|audio)$/;

/**
 * Attachments the instance has not cached (type "unknown": remote media it could not fetch), and
 * audio (no model media type plays it: a <video> was a black frame named "Video", and its
 * preview_url, often the audio file again, was fetched as a poster before the reader acted), as
 * links to the original, each in its own paragraph, named by the description, else by the URL:
 * silence would hide that the post had them. Nothing is fetched until the reader follows one.
 */
function linked(list: unknown): string {
  return (Array.isArray(list) ? list : [])
    .filter((m: any) => linkedTypes.test(m?.type) && /^https?:\/\//i.test(String(m.remote_url ?? m.url)))
    .map((m: any) => {
      const url = String(m.remote_url ?? m.url);
      const text = (typeof m.description === 'string' && m.description.trim()) || url;
      return `<p><a href="${escape(url)}">${escape(text)}</a></p>`;
    })
    .join('');
}

/** Poll options as an HTML list ("Tea: 7"), or nothing. */
function poll(options: unknown): string {
  const items = (Array.isArray(options) ? options : [])
    .filter((o: any) => typeof o?.title === 'string')
    .map((o: any) => `<li>${escape(o.title)}${typeof o.votes_count === 'number' ? ': ' + o.votes_count : ''}</li>`);
  return items.length ? `<ul>${items.join('')}</ul>` : '';
}
