// What share links add to an address (a share sheet's token, a click's ID, a campaign's tags): the
// post's and its author's links lose it, by the post's platform's own list. Never what names the post.
import type { Post } from '../model/post.js';
import type { Platform } from './platform.js';
import { drop } from './common.js';
import { platformById, platformOfUrl } from './index.js';

/**
 * `href` without its tracking: on any site the campaign tags, click IDs and embed codes' referral
 * (utm_*, fbclid, gclid, ref_src, ref_url: the page a post was embedded in), and on `platform`'s own
 * hosts what its share links add (Platform.untrack). An address that is no absolute URL is returned
 * as given. It only ever removes: the URL gate still decides on the result.
 */
export function untrack(href: string, platform?: Platform): string {
  try {
    const url = new URL(href);
    drop(url, /^(utm_.*|fbclid|gclid|ref_src|ref_url)$/);
    if (platform && platformOfUrl(href) === platform.id) platform.untrack?.(url);
    return url.href;
  } catch {
    return href;
  }
}

/**
 * A parsed post's own links (its address and its author's) untracked, and its quoted posts', each by
 * its platform's module: by default the loaded one (chunksFor() loads them before the card renders);
 * toMarkup, on a server, passes its own.
 */
export function untrackPost(post: Post | undefined, platformOf: (id: string | undefined) => Platform | undefined = platformById): void {
  if (!post) return;
  const p = platformOf(post.platform);
  if (post.url) post.url = untrack(post.url, p);
  if (post.author?.url) post.author.url = untrack(post.author.url, p);
  untrackPost(post.quoted, platformOf);
}
