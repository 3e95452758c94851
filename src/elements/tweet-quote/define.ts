import { TweetQuote } from './tweet-quote.js';
import { define } from '../define-element.js';

define('tweet-quote', TweetQuote);

declare global {
  interface HTMLElementTagNameMap {
    'tweet-quote': TweetQuote;
  }
}

export { TweetQuote };
