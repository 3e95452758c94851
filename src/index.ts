// postquote: registers every element. Import the per-element entries to register one, or the
// classes (`postquote/tweet-quote`) to register nothing.
import './elements/post-quote/define.js';
import './elements/tweet-quote/define.js';

export { PostQuote } from './elements/post-quote/post-quote.js';
export { TweetQuote } from './elements/tweet-quote/tweet-quote.js';
export { parse } from './model/parse.js';
export type * from './model/post.js';
export * from './events.js';
