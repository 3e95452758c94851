// <tweet-quote> and <post-quote> do not shift the page on a phone while they wait: the card's footer
// (date, counts, the link to the original) broke into two lines or not by its words' widths
// ("December 13, 2016 at 10:00 AM UTC" and "View on Twitter" did at 360 px, "March 5, 2024 …" did not),
// while postquote.css kept one line, a 24 px jump when the card came. Up to 32rem the card sets the
// footer's parts a line each, and postquote.css keeps a line for each part the markup gives; two
// counts or more, or an "as of" date, take lines of their own in both (a 24 px jump at 600 px). The
// header row keeps the handle's line under the name, and the platform's icon (and badge) beside it, so that a
// long name breaks in the fallback where it does in the card (a 19 px jump for a ministry's name). Two
// waits: for the script itself (English page, nothing defined yet) and for the UI catalog (German
// and Arabic pages with postquote.min.js). Built bundle, strict CSP.
import { test } from 'vitest';
import { expectNoJump, servedPages, strictCsp } from './security/serve.js';

const href = 'href="https://x.com/postquote_demo/status/1000000000000000001"';
const who = 'author="Demo Author" handle="postquote_demo"';
const old = 'datetime="2016-12-13T10:00:00Z"';
const text = '<blockquote lang="en"><p>Shelling again near the hospital. We are still here, and we will stay.</p></blockquote>';
const json = (post: object) =>
  `<script type="application/json">${JSON.stringify({ platform: 'x', author: { name: 'Demo Author', handle: 'postquote_demo' }, text: 'Shelling again near the hospital. We are still here, and we will stay.', ...post })}</script>`;
/** Footers with counts: two or more, or an "as of" date, take a line of their own. */
const counts = [
  // Two counts or more, or an "as of" date, take a line of their own below the date and the link
  // (in the row they broke by the words' widths: three with a date at 600 px, two in German at 520
  // px, four at 360 px); on a phone they go three to a line, so four or five take two. anonymize hides them.
  `<tweet-quote ${href} ${who} ${old} shares="123456" likes="120000">${text}</tweet-quote>`,
  `<tweet-quote ${href} ${who} ${old} replies="12" shares="1234" likes="37000">${text}</tweet-quote>`,
  `<tweet-quote ${href} ${who} ${old} shares="37000" likes="120000" counted-at="2024-03-06T08:00:00Z">${text}</tweet-quote>`,
  `<tweet-quote ${href} ${who} ${old} replies="12" shares="1234" quotes="99" likes="37000">${text}</tweet-quote>`,
  `<tweet-quote ${href} ${who} ${old} replies="1200" shares="123456" quotes="9999" likes="37000" views="1200000" counted-at="2024-03-06">${text}</tweet-quote>`,
  `<tweet-quote ${href} ${who} ${old} shares="37000" likes="120000" anonymize>${text}</tweet-quote>`,
];
/** Footers with a date, counts and the link in each combination a page gives them, and none; long names. */
const quotes = [
  `<tweet-quote ${href} ${who} ${old}>${text}</tweet-quote>`,
  `<tweet-quote ${href} ${who} datetime="2024-03-05T14:30:00Z">${text}</tweet-quote>`,
  `<tweet-quote ${who} ${old}>${text}</tweet-quote>`,
  `<tweet-quote ${href} ${who}>${text}</tweet-quote>`,
  `<tweet-quote ${who}>${text}</tweet-quote>`,
  `<tweet-quote ${href} ${who} ${old} shares="37000">${text}</tweet-quote>`,
  `<tweet-quote ${href} ${who} ${old} shares="37000" likes="120000">${text}</tweet-quote>`,
  `<tweet-quote ${who} ${old} likes="120000">${text}</tweet-quote>`,
  ...counts,
  `<tweet-quote ${href} ${who} ${old} shares="37000" no-counts>${text}</tweet-quote>`,
  `<tweet-quote ${href} ${who} ${old} shares="37000" no-counts="false">${text}</tweet-quote>`,
  `<tweet-quote ${who} shares="37000" no-counts>${text}</tweet-quote>`,
  `<tweet-quote ${href} ${who} ${old} status="deleted">${text}</tweet-quote>`,
  `<tweet-quote ${href} ${who} status="deleted">${text}</tweet-quote>`,
  `<tweet-quote ${href} ${who} status="available" ${old}>${text}</tweet-quote>`,
  `<post-quote href="https://bsky.app/profile/demo.bsky.social/post/3kabc" author="Demo Author" handle="demo.bsky.social" ${old}>${text}</post-quote>`,
  `<post-quote href="https://mastodon.social/@demo/111111111111111111" author="Demo Author" handle="demo@mastodon.social" ${old} shares="12">${text}</post-quote>`,
  `<tweet-quote><blockquote lang="en" cite="https://x.com/postquote_demo/status/1000000000000000001">${text.slice(22)}</tweet-quote>`,
  `<tweet-quote>${text}${json({ url: 'https://x.com/postquote_demo/status/1000000000000000001', createdAt: '2016-12-13T10:00:00Z' })}</tweet-quote>`,
  // A long name (a ministry's, an agency's) breaks into two or three lines, in the card beside the
  // platform's icon, with the handle's line under it.
  `<tweet-quote ${href} author="Bundesministerium für wirtschaftliche Zusammenarbeit" handle="BMZ_Bund" ${old}>${text}</tweet-quote>`,
  `<tweet-quote ${href} author="UN Office for the Coordination of Humanitarian Affairs" handle="UNOCHA" ${old}>${text}</tweet-quote>`,
  // Beside the platform's badge (author-verified), the name breaks a word earlier; not when anonymized.
  `<tweet-quote ${href} author="Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung" handle="BMZ_Bund" author-verified ${old}>${text}</tweet-quote>`,
  `<tweet-quote ${href} author="UN Office for the Coordination of Humanitarian Affairs" handle="UNOCHA" author-verified="true">${text}</tweet-quote>`,
  `<tweet-quote ${href} author="UN Office for the Coordination of Humanitarian Affairs" handle="UNOCHA" author-verified anonymize>${text}</tweet-quote>`,
  `<tweet-quote ${href} author="Office of the UN High Commissioner for Human Rights" handle="UNHumanRights" anonymize="false">${text}</tweet-quote>`,
  `<tweet-quote ${href} author="Office of the UN High Commissioner for Human Rights" handle="UNHumanRights" anonymize>${text}</tweet-quote>`,
  `<post-quote href="https://bsky.app/profile/demo.bsky.social/post/3kabc" author="المفوضية السامية للأمم المتحدة لشؤون اللاجئين" handle="demo.bsky.social">${text}</post-quote>`,
];
const page = (lang: string, list = quotes) => ({
  body: `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>quotes</title><link rel="stylesheet" href="/dist/cdn/postquote.min.css"><script type="module"${lang === 'en' ? '' : ' blocking="render"'} src="/dist/cdn/postquote.min.js"></script><body>${list.map((q) => `<p>Absatz.</p>${q}`).join('\n')}<p>Ende.</p></body></html>`,
  csp: strictCsp(),
});
const env = servedPages({ '/en.html': page('en'), '/de.html': page('de'), '/ar.html': page('ar'), '/counts-de.html': page('de', counts) });

for (const [path, width, held] of [
  ['/en.html', 320, 'script'],
  ['/en.html', 360, 'script'],
  ['/en.html', 414, 'script'],
  ['/en.html', 600, 'script'],
  ['/de.html', 320, 'catalog'],
  ['/de.html', 360, 'catalog'],
  ['/de.html', 414, 'catalog'],
  ['/de.html', 600, 'catalog'],
  ['/ar.html', 320, 'catalog'],
  ['/ar.html', 360, 'catalog'],
  ['/ar.html', 414, 'catalog'],
] as const)
  test(`${quotes.length} quotes' headers and footers on ${path} at ${width} px, waiting for the ${held}: the card takes the fallback's height, layout shift 0`, () =>
    expectNoJump(env, { path, width, held, selector: 'tweet-quote, post-quote', n: quotes.length }));

// Between a phone and 600 px the counts' line is kept too: in a row, two counts and a German date
// broke at 520 px. (Not the long names: beside the platform's label, README, known limits.)
test(`${counts.length} footers with counts on /counts-de.html at 520 px, waiting for the catalog: the card takes the fallback's height, layout shift 0`, () =>
  expectNoJump(env, { path: '/counts-de.html', width: 520, held: 'catalog', selector: 'tweet-quote, post-quote', n: counts.length }));
