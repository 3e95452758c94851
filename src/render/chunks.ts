// The parts of a card that load on demand (a chunk each), and which of them a post needs before
// its first render. The element awaits these after parse() and before rendering, so a card never
// renders without a part it needs and then jumps.
import type { Post } from '../model/post.js';

/** Loads still needed to render `post`; `undefined` entries are parts already loaded or unused. */
export function chunksFor(_post: Post): (Promise<unknown> | undefined)[] {
  return [];
}
