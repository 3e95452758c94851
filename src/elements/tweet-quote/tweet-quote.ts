import type { PlatformId } from '../../model/post.js';
import { PostQuote } from '../post-quote/post-quote.js';

/**
 * A quoted X (Twitter) post: `<post-quote>` with the platform fixed to X. Wrap a pasted X embed
 * code in it to render that post without X's script.
 *
 * @summary A quoted X / Twitter post.
 * @tag tweet-quote
 */
export class TweetQuote extends PostQuote {
  protected override fixedPlatform: PlatformId = 'x';
}
