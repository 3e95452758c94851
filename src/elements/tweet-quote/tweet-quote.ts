import type { PlatformId } from '../../model/post.js';
import { PostQuote } from '../post-quote/post-quote.js';

// The events it fires, for TypeScript: a type-only re-export, erased from the JavaScript,
// that keeps events.js in this module's .d.ts, where the events' GlobalEventHandlersEventMap entries
// are declared, so that importing this entry alone types `e.code` in a listener.
export type { PostquoteErrorEvent, PostquoteRevealEvent } from '../../events.js';

/**
 * A quoted X (Twitter) post: `<post-quote>` with the platform fixed to X (unless the post's link is
 * another platform's). Wrap a pasted X embed code in it to render that post without X's script.
 *
 * @summary A quoted X / Twitter post.
 * @tag tweet-quote
 */
export class TweetQuote extends PostQuote {
  protected override fixedPlatform: PlatformId = 'x';
}
