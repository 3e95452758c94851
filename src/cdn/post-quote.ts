// Script-tag bundle with <post-quote> and <tweet-quote> only (their size budget).
import './entry-url.js';
import '../elements/post-quote/define.js';
import '../elements/tweet-quote/define.js';
