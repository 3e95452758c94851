// postquote: registers every element. Import the per-element entries to register one, or the
// classes (`postquote/tweet-quote`) to register nothing.
import './elements/post-quote/define.js';
import './elements/tweet-quote/define.js';
import './elements/video-appeal/define.js';

export { PostQuote } from './elements/post-quote/post-quote.js';
export { TweetQuote } from './elements/tweet-quote/tweet-quote.js';
export { VideoAppeal } from './elements/video-appeal/video-appeal.js';
export { parse } from './model/index.js';
export type * from './model/post.js';
export { PostquoteErrorEvent, PostquoteRevealEvent, PostquoteActivateEvent, PostquoteConsentEvent } from './events.js';
