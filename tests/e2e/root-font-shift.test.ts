// A page with a large root font (`html { font-size: 200% }`, a large-print edition): its rem is 32 px,
// but a media query's rem stays the browser's default 16 px, so the phone's layout (up to 32rem) never
// came at 600 px and more, where a card 17rem wide broke its footer's row by the words' widths and
// postquote.css kept one line (a 48 px jump). A card narrower than 28rem of the page's sets its footer
// a line each (a container query, whose rem is the page's), and postquote.css keeps those lines from
// the same width: the card takes the fallback's height, layout shift 0. Built bundle, strict CSP.
import { test } from 'vitest';
import { expectNoJump, servedPages, strictCsp } from './security/serve.js';

const href = 'href="https://x.com/postquote_demo/status/1000000000000000001"';
const who = 'author="Demo Author" handle="postquote_demo"';
const old = 'datetime="2016-12-13T10:00:00Z"';
const text = '<blockquote lang="en"><p>Shelling again near the hospital. We are still here, and we will stay.</p></blockquote>';
const quotes = [
  `<tweet-quote ${href} ${who} ${old}>${text}</tweet-quote>`,
  `<tweet-quote ${href} ${who} datetime="2024-03-05T14:30:00Z">${text}</tweet-quote>`,
  `<tweet-quote ${who} ${old}>${text}</tweet-quote>`,
  `<tweet-quote ${href} ${who}>${text}</tweet-quote>`,
  `<tweet-quote ${href} ${who} ${old} shares="37000">${text}</tweet-quote>`,
  `<tweet-quote ${href} ${who} ${old} shares="123456" likes="120000">${text}</tweet-quote>`,
  `<tweet-quote ${href} ${who} ${old} replies="12" shares="1234" quotes="99" likes="37000">${text}</tweet-quote>`,
  `<tweet-quote ${href} ${who} ${old} shares="37000" likes="120000" counted-at="2024-03-06T08:00:00Z">${text}</tweet-quote>`,
  `<tweet-quote ${href} ${who} ${old} status="deleted">${text}</tweet-quote>`,
  `<post-quote href="https://bsky.app/profile/demo.bsky.social/post/3kabc" author="Demo Author" handle="demo.bsky.social" ${old}>${text}</post-quote>`,
  `<tweet-quote ${href} author="UN Office for the Coordination of Humanitarian Affairs" handle="UNOCHA" ${old}>${text}</tweet-quote>`,
];
const page = (lang: string) => ({
  body: `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>quotes</title><link rel="stylesheet" href="/big.css"><link rel="stylesheet" href="/dist/cdn/postquote.min.css"><script type="module"${lang === 'en' ? '' : ' blocking="render"'} src="/dist/cdn/postquote.min.js"></script><body>${quotes.map((q) => `<p>Absatz.</p>${q}`).join('\n')}<p>Ende.</p></body></html>`,
  csp: strictCsp(),
});
const env = servedPages({
  '/big.css': { body: 'html { font-size: 200%; }', type: 'text/css; charset=utf-8' },
  '/en.html': page('en'),
  '/de.html': page('de'),
});

// From a 600 px window on: the card is as wide as it gets (550 px, 17rem here), and its footer's parts
// take a line each. Narrower (9 to 12rem at 320 to 414 px), its date, counts and handle break by their
// words' widths, which postquote.css cannot know (README, known limits).
for (const [path, width, held] of [
  ['/en.html', 600, 'script'],
  ['/en.html', 800, 'script'],
  ['/en.html', 1100, 'script'],
  ['/de.html', 600, 'catalog'],
  ['/de.html', 1100, 'catalog'],
] as const)
  test(`${quotes.length} quotes on a page with html { font-size: 200% } (${path}) at ${width} px, waiting for the ${held}: layout shift 0`, () =>
    expectNoJump(env, { path, width, held, selector: 'tweet-quote, post-quote', n: quotes.length }));
