// postquote in the page styles news sites use: Bootstrap 5, Pico, Water.css, simple.css, Tailwind's
// prose, Tufte CSS and a newsroom's own article rules (tests/fixtures/themes, the rules of each that
// reach postquote's elements). The light-DOM fallback is exposed to every page rule: a theme's
// blockquote, paragraph, image and link rules must neither give the waiting box another height than
// the card's (the page jumps when the card comes), nor another look than the card's own without
// JavaScript. Tailwind's prose gave images a 2em bottom margin (a 32 px jump per photo or poster);
// Pico, simple.css and prose set the quote's, paragraphs' and transcript's colour, so a
// theme="dark" quote on a light page (or theme="light" on a dark one) was grey on grey; Tufte set the
// quote's paragraphs at 55% width; a big quote mark placed absolutely in blockquote::before took the
// verification label with it, over the quote; framed images, border-underlined links and spaced
// blocks each added their padding, border or margin to the waiting box. English (the script held
// back) and Arabic (the catalog held back), 414 and 1024 px. Built bundle, strict CSP.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { expectNoJump, servedPages, strictCsp } from './security/serve.js';

const common =
  'href="https://x.com/postquote_demo/status/1000000000000000001" author="Demo Author" handle="postquote_demo" datetime="2024-03-05T14:30:00Z"';
const text =
  '<blockquote lang="en"><p>Shelling again near the hospital. We are still here, and we will stay.</p><p>A second paragraph.</p></blockquote>';
const photo = '<img slot="media" src="/demo/img/photo-gradient.jpg" width="800" height="450" alt="A photo">';
const poster = '/demo/img/poster-live.jpg';
/** Ready before the element is defined: the card takes their fallback's height also while the script loads. */
const cards = [
  `<tweet-quote ${common} shares="37000">${text}</tweet-quote>`,
  `<tweet-quote ${common} verification="unverified" verification-note="We could not reach the author.">${text}</tweet-quote>`,
  `<tweet-quote ${common} status="deleted" archive-href="https://web.archive.org/web/2024/https://x.com/postquote_demo/status/1000000000000000001" archived-at="2024-03-06">${text}</tweet-quote>`,
  `<post-quote href="https://bsky.app/profile/demo.bsky.social/post/3kabc" author="Demo Author" handle="demo.bsky.social" verification="verified">${text}${photo}</post-quote>`,
  `<tweet-quote theme="dark" ${common}>${text}${photo}</tweet-quote>`,
  `<video-appeal provider="youtube" video-id="M7lc1UVf-VE" author="Demo Speaker" datetime="2024-03-05T14:30:00Z" poster="${poster}"><blockquote lang="en" data-start="3">A key sentence.</blockquote><div slot="transcript"><p>First line.</p><p>Second line.</p></div></video-appeal>`,
  `<video-appeal provider="youtube" video-id="M7lc1UVf-VE" author="Poster link"><a href="https://www.youtube.com/watch?v=M7lc1UVf-VE"><img src="${poster}" width="1280" height="720" alt=""></a><blockquote lang="en">The poster as a link.</blockquote></video-appeal>`,
  `<video-appeal href="https://www.youtube.com/watch?v=M7lc1UVf-VE" author="Text link" verification="verified"><blockquote lang="en">A text link.</blockquote><a href="https://www.youtube.com/watch?v=M7lc1UVf-VE">Watch on YouTube</a></video-appeal>`,
];
/** Take the card's shape once the element is defined (the translation folds, the warning closes): held back on the catalog. */
const newsroom = [
  `<post-quote href="https://bsky.app/profile/demo.bsky.social/post/3kabc" author="Demo Author" handle="demo.bsky.social">${text}<blockquote slot="translation" lang="ar" data-by="الديسك"><p>قصف مجددًا قرب المستشفى.</p></blockquote></post-quote>`,
  `<tweet-quote ${common} content-warning="Graphic injuries.">${text}${photo}</tweet-quote>`,
];
const themes = ['bootstrap', 'pico', 'water', 'simple', 'tailwind-prose', 'tufte', 'newsroom'];
/** Where each theme's article text sits: Tailwind's typography styles only what is inside `prose`. */
const wrap = (theme: string, body: string) =>
  theme === 'tailwind-prose'
    ? `<article class="prose lg:prose-xl">${body}</article>`
    : `<main><article><section>${body}</section></article></main>`;
const page = (theme: string, lang: string, list: string[]) => ({
  body: `<!doctype html><html lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${theme}</title><link rel="stylesheet" href="/themes/${theme}.css"><link rel="stylesheet" href="/dist/cdn/postquote.min.css"><script type="module"${lang === 'en' ? '' : ' blocking="render"'} src="/dist/cdn/postquote.min.js"></script><body>${wrap(theme, list.map((c) => `<p>Paragraph.</p>${c}`).join('\n') + '<p>End.</p>')}</body></html>`,
  csp: strictCsp(),
});
const pages: Parameters<typeof servedPages>[0] = {};
for (const theme of themes) {
  pages[`/themes/${theme}.css`] = { body: readFileSync(`tests/fixtures/themes/${theme}.css`, 'utf8'), type: 'text/css; charset=utf-8' };
  pages[`/${theme}-en.html`] = page(theme, 'en', cards);
  pages[`/${theme}-ar.html`] = page(theme, 'ar', [...cards, ...newsroom]);
}
const env = servedPages(pages);
const selector = 'tweet-quote, post-quote, video-appeal';

for (const theme of themes)
  for (const [lang, width] of [
    ['en', 414],
    ['en', 1024],
    ['ar', 414],
    ['ar', 1024],
  ] as const)
    test(`${theme}, ${lang}, ${width} px, waiting for the ${lang === 'en' ? 'script' : 'catalog'}: every card takes its fallback's height, no layout shift`, () =>
      expectNoJump(
        env,
        {
          path: `/${theme}-${lang}.html`,
          width,
          held: lang === 'en' ? 'script' : 'catalog',
          selector,
          n: lang === 'en' ? cards.length : cards.length + newsroom.length,
        },
        // Half a pixel is layout rounding (a video with a transcript differs by 0.016-0.1 px).
        { images: true, tolerance: 0.5 },
      ));

for (const theme of themes)
  for (const scheme of ['light', 'dark'] as const)
    test(`${theme}, ${scheme} page, without JavaScript: the fallback's quote has the card's colours and none of the theme's quote decoration or image margins`, async () => {
      const context = await env.browser.newContext({
        javaScriptEnabled: false,
        colorScheme: scheme,
        viewport: { width: 1024, height: 3000 },
      });
      const page = await context.newPage();
      await page.goto(`${env.server.url}/${theme}-en.html`);
      const looks = await page.evaluate(
        (sel) =>
          [...document.querySelectorAll(sel)].map((e) => {
            const q = e.querySelector('blockquote')!;
            const s = getComputedStyle(q);
            const img = e.querySelector('img');
            return {
              quote: [s.color, s.fontStyle, s.borderInlineStartWidth, s.paddingInlineStart, s.marginBlockEnd],
              // the verification label, in the flow (not where a page's big quote mark goes)
              label: getComputedStyle(q, '::before').position,
              // the status line, in the quote's colour (not a page's closing quote mark's)
              status: getComputedStyle(q, '::after').color,
              paragraphs: [...q.querySelectorAll('p')].map((p) => [getComputedStyle(p).marginBlockEnd, p.clientWidth === q.clientWidth]),
              colours: [...e.querySelectorAll('p')].map((p) => getComputedStyle(p).color),
              image: img && [getComputedStyle(img).marginBlockEnd, getComputedStyle(img).padding, getComputedStyle(img).borderTopWidth],
              color: getComputedStyle(e).color,
            };
          }),
        selector,
      );
      expect(looks.map((l) => l.quote)).toEqual(looks.map((l) => [l.color, 'normal', '0px', '0px', '0px']));
      // The quote's paragraphs as wide as the quote (Tufte's are 55%), without the theme's margins.
      expect(looks.map((l) => l.paragraphs)).toEqual(looks.map((l) => l.paragraphs.map(() => ['0px', true])));
      // The quote's paragraphs and the transcript's, in the card's colour.
      expect(looks.map((l) => l.colours)).toEqual(looks.map((l) => l.colours.map(() => l.color)));
      expect(looks.map((l) => l.image)).toEqual(looks.map((l) => (l.image === null ? null : ['0px', '0px', '0px'])));
      expect(looks.map((l) => l.label)).toEqual(looks.map(() => 'static'));
      expect(looks.map((l) => l.status)).toEqual(looks.map((l) => l.color));
      // theme="dark": light text on the card's dark background, whatever the page's scheme.
      expect(looks[4].color).toBe('rgb(231, 233, 234)');
      await context.close();
    });
