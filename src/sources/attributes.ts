// The element's attributes as a post-like layer. Absent attributes add nothing, so lower layers show through.
import type { RawPost } from '../platforms/platform.js';

/** Where each post field comes from: an attribute's name, `!name` for a flag (see flag()), or a nested table. */
type Table = { [field: string]: string | Table };

const fields: Table = {
  url: 'href',
  platform: 'platform',
  author: { name: 'author', handle: 'handle', url: 'author-href', avatar: 'avatar', verified: '!author-verified' },
  createdAt: 'datetime',
  metrics: { shares: 'shares', likes: 'likes', replies: 'replies', quotes: 'quotes', views: 'views', countedAt: 'counted-at' },
  verification: { status: 'verification', note: 'verification-note' },
  contentWarning: 'content-warning',
  status: 'status',
  archive: { url: 'archive-href', at: 'archived-at' },
  anonymize: '!anonymize',
};

const names = (table: Table): string[] => Object.values(table).flatMap((v) => (typeof v === 'string' ? v.replace('!', '') : names(v)));

/**
 * A flag attribute: on when present ("", "true", any value), as in HTML, but off as "false" (any
 * case) or "0": what a CMS template prints for a false value (`author-verified="{{ verified }}"`;
 * PHP prints a MySQL TINYINT or a WordPress meta value as "0"), which must show no badge. Off is a
 * value: it overrides the layers below, as any attribute does.
 */
export const flag = (el: Element, name: string): boolean | undefined => {
  const v = el.getAttribute(name);
  return v == null ? undefined : !/^(false|0)$/i.test(v.trim());
};

/** Every attribute the quote elements observe (data and display options). */
export const postAttributes = [...names(fields), 'no-counts', 'no-media', 'time-zone', 'theme'];

/**
 * The fields of `table` that `el` has attributes for; undefined when it has none. An empty value
 * counts as absent, as a CMS template writes `shares="{{ post.shares }}"` for a post without counts.
 */
function read(el: Element, table: Table): RawPost | undefined {
  const out: RawPost = {};
  for (const field of Object.keys(table)) {
    const from = table[field];
    const value =
      typeof from !== 'string' ? read(el, from) : from[0] === '!' ? flag(el, from.slice(1)) : el.getAttribute(from)?.trim() || undefined;
    if (value != null) out[field] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

export function readAttributes(el: Element): RawPost {
  return read(el, fields) ?? {};
}
