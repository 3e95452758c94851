// Handle helpers shared by the platform modules. X uses them too, so they are in the bundle
// and the on-demand platform chunks import them from it (no extra chunk, no second round trip).

/**
 * "user" from "@user", "user", "＠user" (the full-width at sign of Japanese input), or a profile URL an editor pasted for
 * the handle ("https://x.com/user", "https://www.instagram.com/user/", "https://mastodon.social/@user"): its last segment,
 * without a share link's query ("https://x.com/user?s=21"). An invisible mark copied before it (a left-to-right mark, a
 * zero-width space) goes too (one: the bundle's bytes), or "\u200e@user" would show as "@@user".
 */
export const bare = (h: string): string => h.replace(/^[\u200b-\u200f]?(.*\/(?=.))?[@＠]?|[?#].*|\/$/g, '');

/** "@user" from "user" or "@user". */
export const at = (h: string): string => '@' + bare(h);

/**
 * Drops from `url` the query parameters whose names `names` matches (a RegExp, or any `test`), and
 * keeps the others exactly as written: their order, encoding and a name without a value (`?single`).
 */
export function drop(url: URL, names: { test(name: string): boolean }): void {
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((p) => !names.test([...new URLSearchParams(p).keys()][0] ?? ''));
  if (kept.join('&') !== url.search.slice(1)) url.search = kept.join('&');
}
