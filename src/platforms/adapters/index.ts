// Platform JSON to a post-like object, by whichever adapter recognizes it. Loaded on demand: only
// pages that paste a platform's own JSON (not a postquote post object) fetch this chunk.
import type { RawPost } from '../platform.js';
import { fromTweetJson } from './x.js';
import { fromStatus } from './mastodon.js';
import { fromBluesky } from './bluesky.js';

export function adapt(json: unknown): RawPost | undefined {
  for (const adapter of [fromTweetJson, fromStatus, fromBluesky]) {
    const post = adapter(json);
    if (post) return post;
  }
  return undefined;
}
