// The element's attributes as a post-like layer. Absent attributes add nothing, so lower layers show through.
import type { RawPost } from '../platforms/platform.js';

/** Every attribute the quote elements observe (data and display options). */
export const postAttributes = [
  'href',
  'platform',
  'author',
  'handle',
  'author-href',
  'avatar',
  'author-verified',
  'datetime',
  'shares',
  'likes',
  'replies',
  'quotes',
  'views',
  'counted-at',
  'verification',
  'verification-note',
  'content-warning',
  'status',
  'archive-href',
  'archived-at',
  'anonymize',
  'no-counts',
  'no-media',
  'time-zone',
  'theme',
];

/** Drops undefined values and objects left empty. */
function compact(o: Record<string, unknown>): RawPost | undefined {
  const out: RawPost = {};
  for (const [k, v] of Object.entries(o)) {
    const c = v && typeof v === 'object' && !Array.isArray(v) ? compact(v as Record<string, unknown>) : v;
    if (c !== undefined && c !== null) out[k] = c;
  }
  return Object.keys(out).length ? out : undefined;
}

export function readAttributes(el: Element): RawPost {
  const a = (name: string) => el.getAttribute(name) ?? undefined;
  const flag = (name: string) => (el.hasAttribute(name) ? true : undefined);
  return (
    compact({
      url: a('href'),
      platform: a('platform'),
      author: { name: a('author'), handle: a('handle'), url: a('author-href'), avatar: a('avatar'), verified: flag('author-verified') },
      createdAt: a('datetime'),
      metrics: {
        shares: a('shares'),
        likes: a('likes'),
        replies: a('replies'),
        quotes: a('quotes'),
        views: a('views'),
        countedAt: a('counted-at'),
      },
      verification: { status: a('verification'), note: a('verification-note') },
      contentWarning: a('content-warning'),
      status: a('status'),
      archive: { url: a('archive-href'), at: a('archived-at') },
      anonymize: flag('anonymize'),
    }) ?? {}
  );
}
