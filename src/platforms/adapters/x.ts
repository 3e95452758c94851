// X tweet JSON (syndication / react-tweet "tweet result", API v1.1 status, API v2 response) to a post. Loaded on demand.
/* eslint-disable @typescript-eslint/no-explicit-any -- the adapter reads loosely typed platform JSON */
import type { RawPost } from '../platform.js';
import { items } from './items.js';

export /** The syndication / react-tweet "tweet result" shape, and API v1.1 statuses, to a post. */
function fromTweetJson(json: unknown): RawPost | undefined {
  if (!json || typeof json !== 'object') return undefined;
  const t = json as Record<string, any>;
  if (typeof (t.text ?? t.full_text) !== 'string' || !t.user) return undefined;
  const user = t.user as Record<string, any>;
  const id = exact(t.id_str ?? t.id) ?? '';
  // A handle written as a number is that handle, as parse() reads a number for a string; anything else is none.
  const handle = key(user.screen_name);
  const replyTo = key(t.in_reply_to_screen_name);
  const text = String(t.full_text ?? t.text);
  const range = shownRange(t.display_text_range, text) ?? [0, text.length];
  const media = items(t.mediaDetails ?? t.extended_entities?.media);
  const body = codePointSlice(text, range[0], range[1], t.entities?.urls);
  return {
    platform: 'x',
    id,
    url: handle && id ? `https://x.com/${handle}/status/${id}` : undefined,
    author: {
      name: user.name,
      handle,
      url: handle ? `https://x.com/${handle}` : undefined,
      avatar: user.profile_image_url_https,
      verified: Boolean(user.verified || user.is_blue_verified),
    },
    ...body,
    // A poll's choices follow the text, as Mastodon's do. A link preview card adds nothing: its link is in the text.
    text: body.text + poll(t.card?.binding_values),
    // "und", "zxx" and X's own "qme" (media only), "qht" (hashtags only), … name no language: parse() drops them.
    lang: t.lang,
    // "Wed Dec 13 10:00:00 +0000 2016"; anything Date cannot read is passed on for parse() to refuse.
    createdAt: t.created_at && !Number.isNaN(Date.parse(t.created_at)) ? new Date(t.created_at).toISOString() : t.created_at,
    metrics: {
      shares: t.retweet_count,
      likes: t.favorite_count,
      replies: t.conversation_count ?? t.reply_count,
      quotes: t.quote_count,
      views: t.views?.count,
    },
    media: media.map((m) => ({
      type: m.type === 'photo' ? 'image' : m.type === 'animated_gif' ? 'gif' : 'video',
      url: m.type === 'photo' ? m.media_url_https : bestVariant(m),
      poster: m.type === 'photo' ? undefined : m.media_url_https,
      alt: m.ext_alt_text ?? undefined,
      width: m.original_info?.width ?? m.sizes?.large?.w,
      height: m.original_info?.height ?? m.sizes?.large?.h,
    })),
    // The first video's length in seconds, for <video-appeal>'s duration (as Mastodon's).
    video: { duration: media.find((m) => m.type === 'video')?.video_info?.duration_millis / 1000 || undefined },
    // X's own flag for media that may be sensitive: the card puts the post behind a warning, as X does.
    sensitive: t.possibly_sensitive === true || undefined,
    quoted: t.quoted_tweet ? fromTweetJson(t.quoted_tweet) : undefined,
    replyTo: replyTo ? { handle: replyTo, url: `https://x.com/${replyTo}` } : undefined,
  };
}

/**
 * An X API v2 response (`{data, includes}`, what twarc, tweepy's Client and most archivers store; `data` a
 * tweet or a list of them, the first read), or one of its tweets on its own or as twarc flattens it
 * (`author`, `attachments.media` and referenced tweets inlined), to a post: read as the v1.1 status it
 * describes. A retweet is the retweeted tweet, as X shows it.
 */
export function fromV2(json: any): RawPost | undefined {
  const d = json?.data;
  const t = Array.isArray(d) ? d[0] : (d ?? json);
  return typeof t?.text === 'string' && (d || t.author_id) ? fromTweetJson(v1(t, json.includes ?? {})) : undefined;
}

/** An id as a string (X's are; an archive may have made them numbers): undefined for anything else, which matches nothing. */
const key = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);

/**
 * A tweet's id for its link: a number only where it is exact. Past 2^53 (every Snowflake id, X's since 2010) JSON's number is
 * another tweet's id (1576994746135764992 reads as …765000): no link rather than a link to the wrong tweet.
 */
const exact = (v: unknown) => (typeof v === 'string' || Number.isSafeInteger(v) ? String(v) : undefined);

/** `list`'s objects by their id at `k` (the first of each): looked up in one pass, however long an archive's lists. */
function index(list: unknown, k: string): (v: unknown) => Record<string, any> | undefined {
  const byId = new Map<unknown, Record<string, any>>();
  for (const x of items(list).reverse()) byId.set(key(x[k]), x);
  byId.delete(undefined);
  return (v) => byId.get(key(v));
}

/** The first object of `list` whose `k` is the id `v`. */
const find = (list: unknown, k: string, v: unknown) => index(list, k)(v);

/**
 * A v2 tweet as the v1.1 status it describes. `depth` counts the quotes it is inside and `rt` says it is a
 * retweet's original: a hostile archive's references can cycle (a tweet that quotes or retweets itself), so
 * only one retweet is followed and quotes only as deep as parse() keeps them.
 */
function v1(t: any, inc: any, depth = 0, rt = false): Record<string, any> {
  const ref = (type: string) => {
    const r = items(t.referenced_tweets).find((r) => r.type === type);
    return r?.text ? r : find(inc.tweets, 'id', r?.id);
  };
  const retweeted = !rt && ref('retweeted');
  if (retweeted) return v1(retweeted, inc, depth, true);
  const user = t.author ?? find(inc.users, 'id', t.author_id) ?? {};
  const quoted = depth < 2 && ref('quoted');
  const quotedId = quoted && exact(quoted.id);
  // A long post's full text (note_tweet) over the first 280 characters and the link to the rest.
  const note = typeof t.note_tweet?.text === 'string' && t.note_tweet.text ? t.note_tweet : t;
  const full: string = typeof note.text === 'string' ? note.text : '';
  // The part X shows (newer responses say which, in code points: without a reply's leading @mentions).
  const range = note === t && shownRange(t.display_text_range, full);
  let text = range ? Array.from(full).slice(range[0], range[1]).join('') : full;
  const keys: unknown[] = Array.isArray(t.attachments?.media_keys) ? t.attachments.media_keys : [];
  const media = items(t.attachments?.media ?? keys.map(index(inc.media, 'media_key')));
  // X shows a photo or video, and the quoted tweet, where the text's t.co link to it is: the link goes, unless
  // the response lacks what shows it (media not expanded, a photo's url, a video's MP4: older archives have no variants).
  const playable = new Set(
    media.filter((x) => x.url || items(x.variants).some((v) => v.content_type === 'video/mp4')).map((x) => x.media_key),
  );
  // (An empty display_url: codePointSlice takes it out of the text with the others, in the same pass.)
  const urls = items(note.entities?.urls).map((u) =>
    (u.media_key ? playable.has(u.media_key) : !!quotedId && /\/status\/(\d+)/.exec(u.expanded_url)?.[1] === quotedId)
      ? { ...u, display_url: '' }
      : u,
  );
  const replyTo =
    t.in_reply_to_user ?? find(inc.users, 'id', t.in_reply_to_user_id) ?? find(t.entities?.mentions, 'id', t.in_reply_to_user_id);
  // Else a reply's leading @mentions go, which X shows as "Replying to" above the text.
  if (!range && t.in_reply_to_user_id) text = text.replace(/^(@\w+\s+)+/, '');
  const poll = t.attachments?.poll ?? find(inc.polls, 'id', t.attachments?.poll_ids?.[0]);
  const m = t.public_metrics ?? {};
  return {
    id_str: t.id,
    full_text: text,
    user: { name: user.name, screen_name: user.username, profile_image_url_https: user.profile_image_url, verified: user.verified },
    entities: { urls },
    lang: t.lang,
    created_at: t.created_at,
    possibly_sensitive: t.possibly_sensitive,
    retweet_count: m.retweet_count,
    favorite_count: m.like_count,
    reply_count: m.reply_count,
    quote_count: m.quote_count,
    // Tweets from before December 2022 count 0 impressions: X did not count them yet.
    views: { count: m.impression_count || undefined },
    extended_entities: {
      media: media.map((x) => ({
        type: x.type,
        media_url_https: x.url ?? x.preview_image_url,
        ext_alt_text: x.alt_text,
        original_info: { width: x.width, height: x.height },
        video_info: { duration_millis: x.duration_ms, variants: items(x.variants).map((v) => ({ ...v, bitrate: v.bit_rate })) },
      })),
    },
    card: {
      binding_values: Object.fromEntries(
        items(poll?.options).flatMap((o, i) => [
          [`choice${i + 1}_label`, { string_value: o.label }],
          [`choice${i + 1}_count`, { string_value: String(o.votes) }],
        ]),
      ),
    },
    quoted_tweet: quoted && v1(quoted, inc, depth + 1),
    in_reply_to_screen_name: replyTo?.username,
  };
}

/**
 * `r`, a display_text_range, if it is a range of `text`'s code points (as X counts; [0, 0] for a photo alone): one
 * reversed, starting past the text's end or not of whole numbers would show none of the text, so is none.
 */
function shownRange(r: unknown, text: string): number[] | undefined {
  return Array.isArray(r) &&
    Number.isInteger(r[0]) &&
    Number.isInteger(r[1]) &&
    0 <= r[0] &&
    r[0] <= r[1] &&
    r[0] <= Array.from(text).length
    ? r
    : undefined;
}

/** A poll card's choices (choice1_label, choice1_count, …) as lines after the text ("Tea: 7"), or nothing. */
function poll(b: Record<string, any> | undefined): string {
  const lines = [1, 2, 3, 4].flatMap((n) => {
    const label = b?.[`choice${n}_label`]?.string_value;
    const count = b?.[`choice${n}_count`]?.string_value;
    return typeof label === 'string' ? [label + (/^\d+$/.test(count) ? ': ' + count : '')] : [];
  });
  return lines.length ? '\n\n' + lines.join('\n') : '';
}

function bestVariant(m: Record<string, any>): string | undefined {
  const variants = items(m.video_info?.variants) as { content_type?: string; url?: string; bitrate?: number }[];
  return variants.filter((v) => v.content_type === 'video/mp4').sort((a, b) => (b.bitrate ?? 0) - (a.bitrate ?? 0))[0]?.url;
}

/** X counts display_text_range in code points; expands t.co links to their expanded URL as link ranges. */
function codePointSlice(text: string, from: number, to: number, urls: unknown): RawPost {
  const cps = Array.from(text);
  // X escapes &, < and >: decoded in one pass, so "&amp;lt;" stays the "&lt;" that was written.
  const shown = cps
    .slice(from, to)
    .join('')
    .replace(/&(amp|lt|gt);/g, (_, e: string) => (e === 'amp' ? '&' : e === 'lt' ? '<' : '>'));
  const links: { start: number; end: number; url: string }[] = [];
  // Where each t.co link is, found in one pass: a search of the rest of the text per link is quadratic when an archive
  // lists thousands of links the text lacks. A t.co URL is only itself (https://t.co/a is not in https://t.co/ab);
  // any other URL (a hand-made payload's) is searched for.
  const places = new Map<string, number[]>();
  for (const m of shown.matchAll(/https?:\/\/t\.co\/\w*/g)) (places.get(m[0]) ?? places.set(m[0], []).get(m[0])!).push(m.index);
  const passed = new Map<string, number>(); // how many of a t.co link's places are before `done`
  // Each link after the one before it, as X lists them. An empty display_url (a link the card shows as its media or
  // quoted post) takes the link out of the text.
  let out = '';
  let done = 0;
  for (const u of items(urls)) {
    if (typeof u.url !== 'string' || !u.url || typeof u.display_url !== 'string') continue;
    let at = -1;
    if (/^https?:\/\/t\.co\/\w*$/.test(u.url)) {
      const p = places.get(u.url) ?? [];
      let i = passed.get(u.url) ?? 0;
      while (p[i] < done) i++;
      passed.set(u.url, i);
      at = p[i] ?? -1;
    } else at = shown.indexOf(u.url, done);
    if (at < 0) continue;
    out += shown.slice(done, at);
    if (u.display_url) links.push({ start: out.length, end: out.length + u.display_url.length, url: u.expanded_url ?? u.url });
    out += u.display_url;
    done = at + u.url.length;
  }
  // Untrimmed: parse() trims the text and moves the ranges with it.
  return { text: out + shown.slice(done), links };
}
