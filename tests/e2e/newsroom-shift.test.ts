// The newsroom's layer does not shift the page while its chunk loads. Every card with a label,
// a status or a translation waits for that chunk (it is on demand in every bundle); meanwhile
// postquote.css shows the label (with its note) and the status (with the archived copy) in the
// card's boxes, folds a translated post's original under the translation with the credit line's
// room kept, and shows a content warning in place of the text and photos it hides. A video without
// a quote carries its label in its poster link. Quote elements and a video, German and Arabic pages, 600, 414, 360 and 320 px, the
// chunk held back until the waiting heights are measured. Built bundles, strict CSP.
import { expect, test } from 'vitest';
import { holdBack, recordShifts, servedPages, settled, shifts, strictCsp, watch } from './security/serve.js';

const common =
  'href="https://x.com/postquote_demo/status/1000000000000000001" author="Demo Author" handle="postquote_demo" datetime="2024-03-05T14:30:00Z"';
const quote = (words: string, attrs = '') => `<blockquote lang="de"${attrs}>${words}</blockquote>`;
const text = '<blockquote lang="en"><p>Shelling again near the hospital. We are still here, and we will stay.</p></blockquote>';
const cards = [
  `<tweet-quote ${common} verification="verified">${text}</tweet-quote>`,
  `<tweet-quote ${common} verification="unverified" verification-note="We could not reach the author, but the account has posted from the city for years.">${text}</tweet-quote>`,
  `<tweet-quote ${common} verification="disputed" verification-note="Disputed.">${text}</tweet-quote>`,
  `<tweet-quote ${common} status="deleted">${text}</tweet-quote>`,
  `<tweet-quote author="Demo Author" status="suspended">${text}</tweet-quote>`,
  `<tweet-quote author="Demo Author" status="suspended" shares="37000" no-counts="false">${text}</tweet-quote>`,
  `<tweet-quote author="Demo Author" status="suspended" shares="37000" no-counts="0">${text}</tweet-quote>`,
  `<tweet-quote ${common} status="withheld" archive-href="https://web.archive.org/web/2024/https://x.com/postquote_demo/status/1000000000000000001" archived-at="2024-03-06">${text}</tweet-quote>`,
  `<tweet-quote ${common} status="protected" archive-href="https://web.archive.org/web/2024/https://x.com/postquote_demo/status/1000000000000000001">${text}</tweet-quote>`,
  `<tweet-quote ${common} shares="37000" verification="unverified" verification-note="Die Redaktion hält den Beitrag für glaubhaft.">${text}<blockquote slot="translation" lang="de">Wieder Beschuss nahe dem Krankenhaus. Wir sind noch hier, und wir bleiben.</blockquote></tweet-quote>`,
  `<post-quote ${common} status="unavailable">${text}<blockquote slot="translation" lang="de" data-by="Redaktion">Wir sind noch hier.</blockquote></post-quote>`,
  `<tweet-quote ${common} content-warning="Bilder vom Krieg: verletzte Menschen.">${text}<img slot="media" src="/demo/img/photo-gradient.jpg" width="800" height="600" alt="Ein Foto"></tweet-quote>`,
  // The card's warning label is not bold, as the fallback's (one text) writes it: bold, it broke a line earlier.
  `<tweet-quote ${common} content-warning="Invented example of a distressing photo">${text}</tweet-quote>`,
  // A translation of photos only: the card's credit line has no "show original" button (one line, on a phone too).
  `<tweet-quote ${common}><img slot="media" src="/demo/img/photo-gradient.jpg" width="800" height="450" alt="Ein Foto"><blockquote slot="translation" lang="de" data-by="Redaktion">Ein Foto ohne Text.</blockquote></tweet-quote>`,
  `<video-appeal href="https://twitter.com/BilalKareem" author="Bilal Abdul Kareem" verification="unverified" verification-note="Live-Bericht aus Aleppo; die Redaktion hält ihn für glaubhaft." status="deleted"><a href="https://twitter.com/BilalKareem"><img src="/demo/img/poster-live.jpg" width="640" height="360" alt="Live-Bericht"></a></video-appeal>`,
  `<video-appeal provider="youtube" video-id="M7lc1UVf-VE" author="Demo Speaker" datetime="2024-03-05T14:30:00Z" poster="/demo/img/poster-live.jpg" content-warning="Kriegsbilder: verletzte Menschen." verification="unverified">${quote('Ein Schlüsselsatz.', ' data-start="3"')}<div slot="transcript"><p>Zeile.</p></div></video-appeal>`,
  `<video-appeal provider="youtube" video-id="M7lc1UVf-VE" author="Demo Speaker" poster="/demo/img/poster-live.jpg" verification="verified" verification-note="Confirmed with the speaker.">${text}</video-appeal>`,
];
const page = (lang: string, bundle: string, list: string[], column = '') => ({
  body: `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>newsroom</title>${column && `<link rel="stylesheet" href="/${column}.css">`}<link rel="stylesheet" href="/dist/cdn/postquote.min.css"><script type="module" blocking="render" src="/dist/cdn/${bundle}"></script><body>${list.map((c) => `<p>Absatz.</p>${c}`).join('\n')}<p>Ende.</p></body></html>`,
  csp: strictCsp(),
});

const heights = () =>
  [...document.querySelectorAll('tweet-quote, post-quote, video-appeal')].map((e) => ({
    pending: e.matches(':state(pending)'),
    height: Math.round(e.getBoundingClientRect().height * 10) / 10,
  }));

const env = servedPages({
  '/de.html': page('de', 'postquote.de.min.js', cards),
  '/ar.html': page('ar', 'postquote.ar.min.js', cards),
  // A narrow column of a wide page (a sidebar), and a large-print page's (its 28rem is 896 px).
  '/column.css': { body: 'body { max-width: 320px; }', type: 'text/css; charset=utf-8' },
  '/column-big.css': { body: 'html { font-size: 200%; } body { max-width: 760px; }', type: 'text/css; charset=utf-8' },
  '/de-column.html': page('de', 'postquote.de.min.js', cards, 'column'),
  '/ar-column-big.html': page('ar', 'postquote.ar.min.js', cards, 'column-big'),
});

for (const [path, width, n] of [
  ['/de.html', 600, cards.length],
  ['/ar.html', 600, cards.length],
  // On a phone the translated posts' credit and "show original" button take a line each (in a row
  // they broke into two lines or not by the words' widths), and so does the footer's date and link.
  ['/de.html', 360, cards.length],
  ['/ar.html', 360, cards.length],
  ['/de.html', 414, cards.length],
  ['/de.html', 320, cards.length],
  ['/ar.html', 320, cards.length],
  // So too in a card narrower than 28rem of the page's on a wide window, which a media query does not
  // see: the credit and the button broke into two lines or not, and the waiting box kept one.
  ['/de-column.html', 1100, cards.length],
  ['/ar-column-big.html', 1100, cards.length],
] as const)
  test(`${n} cards with the newsroom's layer on ${path} at ${width} px: the card takes the waiting fallback's height, layout shift 0`, async () => {
    const w = await watch(env.browser);
    const { page } = w;
    await page.setViewportSize({ width, height: 8000 }); // every card in view, so any shift counts
    await recordShifts(page);
    const { release, requested } = await holdBack(page, /\/dist\/cdn\/newsroom-[\w-]+\.min\.js$/);
    await page.goto(env.server.url + path);
    await page.waitForFunction(() => document.querySelectorAll(':state(pending)').length > 0);
    await page.waitForTimeout(150); // a painted frame with the fallbacks
    const before = await page.evaluate(heights);
    // While it waits, the post behind a content warning shows the warning, not its photo.
    expect(await page.$eval('[content-warning] > img', (img) => (img as HTMLElement).offsetHeight)).toBe(0);
    // A warned video's summary says what the card's will: "Video anzeigen", not "Beitrag anzeigen".
    const summary = await page.$eval('video-appeal[content-warning]', (e) => getComputedStyle(e, '::after').content);
    expect(summary).toContain(path.startsWith('/ar') ? 'عرض الفيديو' : 'Video anzeigen');
    expect(requested.length).toBeGreaterThan(0);
    expect(before.map((b) => b.pending)).toEqual(Array(n).fill(true));
    release();
    await settled(page);
    const after = await page.evaluate(heights);
    expect(after.map((a) => a.pending)).toEqual(Array(n).fill(false));
    expect(after.map((a) => a.height)).toEqual(before.map((b) => b.height));
    expect(await shifts(page)).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    expect(w.external).toEqual([]);
    await page.close();
  });
