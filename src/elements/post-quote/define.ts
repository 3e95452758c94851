import { PostQuote } from './post-quote.js';
import { define } from '../define-element.js';

define('post-quote', PostQuote);

declare global {
  interface HTMLElementTagNameMap {
    'post-quote': PostQuote;
  }
}

export { PostQuote };
