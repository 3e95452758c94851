// Platform JSON to a post-like object, by whichever adapter recognizes it. Loaded on demand: only
// pages that paste a platform's own JSON (not a postquote post object) fetch this chunk.
import type { RawPost } from '../platform.js';
import { fromTweetJson, fromV2 } from './x.js';
import { fromStatus } from './mastodon.js';
import { fromBluesky } from './bluesky.js';

/**
 * `v` with every URL that is not absolute http(s) left out. A platform names only absolute URLs;
 * a relative one in its JSON (a hostile instance's avatar "/account/logout") would resolve against
 * the newsroom's own site: a request carrying the reader's cookies before they act, or a link into it.
 */
function absolute<T>(v: T): T {
  return Array.isArray(v)
    ? (v.map(absolute) as T)
    : v && typeof v === 'object'
      ? (Object.fromEntries(
          Object.entries(v).map(([k, x]) => [k, /^(url|avatar|poster)$/.test(k) && !/^https?:/i.test(String(x)) ? undefined : absolute(x)]),
        ) as T)
      : v;
}

export function adapt(json: unknown): RawPost | undefined {
  // A key named toString or valueOf ({"name": {"toString": 1}}) makes its object throw wherever an adapter
  // reads it as a string: left out, the rest of the post is read.
  json = JSON.parse(JSON.stringify(json) ?? 'null', (k, v: unknown) => (/^(toString|valueOf)$/.test(k) ? undefined : v));
  for (const adapter of [fromTweetJson, fromV2, fromStatus, fromBluesky]) {
    const post = adapter(json);
    if (post) return absolute(post);
  }
  return undefined;
}
