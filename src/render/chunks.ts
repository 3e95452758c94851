// The parts of a card that load on demand (a chunk each), and which of them a post needs before
// its first render. The element awaits these after parse() and before rendering, so a card never
// renders without a part it needs and then jumps.
import type { Post } from '../model/post.js';
import type { Styles } from '../elements/base-element.js';
import { loadPlatform } from '../platforms/index.js';
import { sanitizer } from '../safety/sanitize-on-demand.js';
import { needsNewsroom, newsroom, newsroomPart, newsroomSheets } from './newsroom-loader.js';

/** Loads still needed to render `post`; `undefined` entries are parts already loaded or unused. */
export function chunksFor(post: Post): (Promise<unknown> | undefined)[] {
  return [
    // The platform modules (label, icon, handles, links) of the post and of the post it quotes;
    // X and `web` are built in, so a page of tweets loads none.
    loadPlatform(post.platform),
    loadPlatform(post.quoted?.platform),
    // (<video-appeal> carries the YouTube and Vimeo modules its players need: nothing to load.)
    // Verification label, translation, status, platform note, content warning.
    needsNewsroom(post) ? newsroomPart.load() : undefined,
    // Platform HTML (Mastodon's), the post's or its quoted post's: DOMPurify, so the card shows it
    // formatted from its first render.
    post.html || post.quoted?.html ? sanitizer.load() : undefined,
  ];
}

/** Styles of loaded parts that `post` uses, to adopt beside the element's static styles. */
export function sheetsFor(post: Post): Styles[] {
  return needsNewsroom(post) ? newsroomSheets() : [];
}

/**
 * Whether a part `post` needs failed to load: the element then keeps its fallback markup. (A post,
 * or quoted post, with HTML and plain text too still renders, from the text, when the sanitizer failed to load.)
 */
export function missingFor(post: Post): boolean {
  return (needsNewsroom(post) && !newsroom()) || (!sanitizer.module && [post, post.quoted].some((p) => p?.html && !p.text));
}
