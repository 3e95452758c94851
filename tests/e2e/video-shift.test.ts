// <video-appeal> does not shift the page while it waits: postquote.css keeps the card's places
// (header row, the video's box in the card's ratio, the consent notice in the card's words, the
// "play from" button, the transcript's summary, the footer line), so the card replaces the fallback
// in place. Two waits: for the UI catalog (a German or Arabic page with postquote.min.js, catalog held
// back), and for the script itself (nothing defined yet, JavaScript on). Built bundle, strict CSP.
import { expect, test } from 'vitest';
import { expectNoJump, holdBack, servedPages, settled, strictCsp, watch } from './security/serve.js';

const poster = '/demo/img/poster-live.jpg';
const quote = (text: string, attrs = '') => `<blockquote lang="en"${attrs}>${text}</blockquote>`;
/** Each way a page gives a video: attributes only, a provider link, native sources, a poster link, portrait, 4:3, no player, counts kept by no-counts="false", a 4:3 poster link, a portrait poster link, text links only. */
const videos = [
  `<video-appeal provider="youtube" video-id="M7lc1UVf-VE" poster="${poster}" duration="39" author="Bana Alabed">${quote('Please save us.')}</video-appeal>`,
  `<video-appeal provider="youtube" video-id="M7lc1UVf-VE" author="Demo Speaker" handle="postquote_demo" avatar="/demo/img/avatar-4.jpg" datetime="2024-03-05T14:30:00Z" duration="PT1M5S" shares="1300" poster="${poster}">${quote('A key sentence from the video, quoted by the newsroom, long enough to wrap at narrow widths.')}</video-appeal>`,
  `<video-appeal href="https://www.youtube.com/watch?v=M7lc1UVf-VE" author="Demo Speaker" duration="65" poster="${poster}">${quote('Twelve seconds in.', ' data-start="12"')}</video-appeal>`,
  `<video-appeal provider="vimeo" video-id="76979871" author="Vimeo Speaker" poster="${poster}">${quote('Vimeo.')}<div slot="transcript"><p>First line of the transcript.</p><p>Second line.</p></div></video-appeal>`,
  `<video-appeal src="/demo/media/appeal.mp4" author="Self Hosted" duration="39" poster="${poster}" datetime="2016-12-13T10:00:00Z">${quote('A native video: no consent notice.')}</video-appeal>`,
  `<video-appeal provider="youtube" video-id="M7lc1UVf-VE" orientation="portrait" author="Portrait" poster="${poster}">${quote('Portrait.')}</video-appeal>`,
  `<video-appeal provider="youtube" video-id="M7lc1UVf-VE" width="4" height="3" author="Four by three" poster="${poster}">${quote('4:3.')}</video-appeal>`,
  `<video-appeal provider="youtube" video-id="M7lc1UVf-VE" author="Poster link"><a href="https://www.youtube.com/watch?v=M7lc1UVf-VE"><img src="${poster}" width="1280" height="720" alt=""></a>${quote('The poster as a link.')}</video-appeal>`,
  `<video-appeal href="https://www.tiktok.com/@user/video/7234567890123456789" poster="${poster}">${quote('No embeddable player, no author.')}</video-appeal>`,
  `<video-appeal href="https://www.tiktok.com/@user/video/7234567890123456789" author="Poster link, 4:3"><a href="https://www.tiktok.com/@user/video/7234567890123456789"><img src="/tests/fixtures/img/photo-800x600.png" width="800" height="600" alt=""></a>${quote('A 4:3 poster as a link, no size given otherwise.')}</video-appeal>`,
  `<video-appeal provider="youtube" video-id="M7lc1UVf-VE" author="Portrait poster link"><a href="https://www.youtube.com/watch?v=M7lc1UVf-VE"><img src="/demo/img/photo-bars-portrait.jpg" width="600" height="800" alt=""></a>${quote('A portrait poster: the card caps its width.')}</video-appeal>`,
  `<video-appeal author="Fallback video" datetime="2016-12-13T10:00:00Z"><video src="/demo/media/appeal.mp4" width="720" height="1280" poster="${poster}" preload="none" controls></video>${quote('A self-hosted portrait video in the fallback.')}</video-appeal>`,
  `<video-appeal provider="youtube" video-id="M7lc1UVf-VE" width="1080" height="1920" author="Portrait by size" poster="${poster}">${quote('Portrait by width and height: the card caps its width.')}</video-appeal>`,
  `<video-appeal provider="youtube" video-id="M7lc1UVf-VE" author="Counts kept" shares="1300" no-counts="false" poster="${poster}">${quote('no-counts="false", as a template prints it: the counts show.')}</video-appeal>`,
  // Text links only (no poster): the link line is the card's footer link, and the video's box is kept,
  // 9:16 for a Shorts link (a 600 px jump); the consent notice of a provider named by the link, or by video-id alone.
  `<video-appeal href="https://www.youtube.com/watch?v=M7lc1UVf-VE" author="Text link">${quote('A text link to the original, no poster.')}<a href="https://www.youtube.com/watch?v=M7lc1UVf-VE">Watch on YouTube</a></video-appeal>`,
  `<video-appeal author="Shorts link">${quote('A Shorts link is portrait.')}<a href="https://www.youtube.com/shorts/M7lc1UVf-VE">Watch on YouTube</a></video-appeal>`,
  `<video-appeal author="Vimeo link" shares="12">${quote('A Vimeo text link.', ' data-start="3"')}<a href="https://vimeo.com/76979871">Watch on Vimeo</a></video-appeal>`,
  `<video-appeal author="Id alone" video-id="M7lc1UVf-VE">${quote('A video-id alone.')}</video-appeal>`,
  `<video-appeal author="Quote alone">${quote('Nothing but the quote.')}</video-appeal>`,
  // A gone video (deleted, withheld, …) is neither played nor linked to: its poster and status line
  // stay, but no consent notice, no "play from" button and no footer link ("View on YouTube").
  `<video-appeal href="https://www.youtube.com/watch?v=M7lc1UVf-VE" status="deleted" author="Deleted" poster="${poster}">${quote('A deleted YouTube video.', ' data-start="12"')}</video-appeal>`,
  `<video-appeal provider="vimeo" video-id="76979871" status="withheld" author="Withheld" datetime="2016-12-13T10:00:00Z">${quote('A withheld Vimeo video, dated.')}</video-appeal>`,
  // Dated, counted, with the link out: on a phone that footer took two lines (one at 600 px), and the
  // waiting box kept one; a phone now shows one line per part, and the box keeps as many.
  `<video-appeal href="https://vimeo.com/76979871" author="Vimeo dated" datetime="2024-03-05T14:30:00Z" poster="${poster}">${quote('Dated, with its link out.')}</video-appeal>`,
  `<video-appeal href="https://www.youtube.com/watch?v=M7lc1UVf-VE" author="YouTube counted" datetime="2024-03-05T14:30:00Z" views="120000" shares="3400" poster="${poster}">${quote('Dated and counted, with its link out.')}</video-appeal>`,
  `<video-appeal src="/demo/media/appeal.mp4" author="Counted" views="120000" poster="${poster}">${quote('Counted, no date.')}</video-appeal>`,
];
/** A long name (a ministry's, a UN agency's) breaks into two or three lines, in the card beside the
 * platform's badge (author-verified) when there is one, with the line of the handle and the platform's
 * icon and label under it: the waiting box keeps both. (Beside the label, which a card wider than 24rem
 * shows, a name broke once more in the card than in the box, which cannot know the label's width: 19 px.) */
const names = [
  `<video-appeal provider="youtube" video-id="M7lc1UVf-VE" author="Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung" handle="BMZ_Bund" datetime="2016-12-13T10:00:00Z" poster="${poster}">${quote('A ministry speaks.')}</video-appeal>`,
  `<video-appeal href="https://www.youtube.com/watch?v=M7lc1UVf-VE" author="UN Office for the Coordination of Humanitarian Affairs" handle="UNOCHA" author-verified="false">${quote('An agency speaks, a text link.')}<a href="https://www.youtube.com/watch?v=M7lc1UVf-VE">Watch on YouTube</a></video-appeal>`,
  `<video-appeal provider="youtube" video-id="M7lc1UVf-VE" author="UN Office for the Coordination of Humanitarian Affairs" poster="${poster}">${quote('An agency speaks, no handle.')}</video-appeal>`,
  `<video-appeal href="https://www.youtube.com/watch?v=M7lc1UVf-VE" author="UN Office for the Coordination of Humanitarian Affairs" handle="UNOCHA" poster="${poster}">${quote('An agency speaks, with its handle.')}</video-appeal>`,
  `<video-appeal provider="vimeo" video-id="76979871" author="Office of the UN High Commissioner for Human Rights" handle="UNHumanRights" anonymize="false" poster="${poster}">${quote('anonymize="false".')}</video-appeal>`,
  `<video-appeal provider="vimeo" video-id="76979871" author="Office of the UN High Commissioner for Human Rights" handle="UNHumanRights" anonymize poster="${poster}">${quote('Anonymized: no handle.')}</video-appeal>`,
  `<video-appeal provider="youtube" video-id="M7lc1UVf-VE" author="المفوضية السامية للأمم المتحدة لشؤون اللاجئين" handle="Refugees_ar" poster="${poster}">${quote('An Arabic name.')}</video-appeal>`,
  `<video-appeal src="/demo/media/appeal.mp4" author="المفوضية السامية للأمم المتحدة لشؤون اللاجئين" author-verified poster="${poster}">${quote('An Arabic name, verified, no handle.')}</video-appeal>`,
  // Beside the badge, and a name that fits beside the label's room at 600 px but not beside the label.
  `<video-appeal href="https://www.youtube.com/watch?v=M7lc1UVf-VE" author="UN Office for the Coordination of Humanitarian Affairs" handle="UNOCHA" author-verified poster="${poster}">${quote('An agency speaks, verified.')}</video-appeal>`,
  `<video-appeal provider="youtube" video-id="M7lc1UVf-VE" author="Bundesministerium für wirtschaftliche Zusammenarbeit" handle="BMZ_Bund" poster="${poster}">${quote('A ministry speaks.')}</video-appeal>`,
];
const page = (lang: string, blocking: boolean, list = videos, column = '') => ({
  body: `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>videos</title>${column && `<link rel="stylesheet" href="/${column}.css">`}<link rel="stylesheet" href="/dist/cdn/postquote.min.css"><script type="module"${blocking ? ' blocking="render"' : ''} src="/dist/cdn/postquote.min.js"></script><body>${list.map((v) => `<p>Absatz.</p>${v}`).join('\n')}<p>Ende.</p></body></html>`,
  csp: strictCsp(),
});
const css = (body: string) => ({ body, type: 'text/css; charset=utf-8' });
const env = servedPages({
  '/de.html': page('de', true),
  '/ar.html': page('ar', true),
  '/en.html': page('en', false),
  '/names-de.html': page('de', true, names),
  '/names-ar.html': page('ar', true, names),
  '/names-en.html': page('en', false, names),
  // A narrow column of a wide page (a sidebar, a grid's cell), and a large-print page's (its 28rem is 896 px).
  '/column.css': css('body { max-width: 320px; }'),
  '/column-big.css': css('html { font-size: 200%; } body { max-width: 760px; }'),
  '/column-en.html': page('en', false, videos, 'column'),
  '/column-de.html': page('de', true, videos, 'column'),
  '/column-big-en.html': page('en', false, videos, 'column-big'),
});

/** Loads `path` at `width` px, holding back the script or the catalog, and checks that no card changes height nor shifts the page. */
const noJump = (path: string, width: number, held: 'catalog' | 'script', n: number) =>
  expectNoJump(env, { path, width, held, selector: 'video-appeal', n });

for (const [path, width, held] of [
  ['/de.html', 600, 'catalog'],
  ['/de.html', 360, 'catalog'],
  ['/de.html', 320, 'catalog'],
  ['/de.html', 520, 'catalog'],
  ['/de.html', 414, 'catalog'],
  ['/ar.html', 360, 'catalog'],
  ['/en.html', 600, 'script'],
  ['/en.html', 360, 'script'],
  ['/en.html', 414, 'script'],
  ['/en.html', 320, 'script'],
] as const)
  test(`${videos.length} <video-appeal> on ${path} at ${width} px, waiting for the ${held}: the card takes the fallback's height, layout shift 0`, () =>
    noJump(path, width, held, videos.length));

// In a column narrower than 28rem of the page's on a wide window (a media query measures the window,
// not the column), the card sets its footer's parts a line each, as on a phone, and the waiting box
// keeps those lines: from a footer's width, its own (the card's) and its padding's (postquote.css). The
// footer's row broke by its words' widths, and the box kept one line: a 19-40 px jump.
for (const [path, width, held] of [
  ['/column-en.html', 1100, 'script'],
  ['/column-de.html', 1100, 'catalog'],
  ['/column-big-en.html', 1100, 'script'],
] as const)
  test(`${videos.length} <video-appeal> in a narrow column (${path}) at ${width} px, waiting for the ${held}: the footer's lines are kept, layout shift 0`, () =>
    noJump(path, width, held, videos.length));

// The waiting header kept no handle line: a long name that broke into one more line in the card
// (beside the handle's line, the platform's icon) was a 19-20 px jump on phones; and beside the
// platform's label, in a card wider than 24rem (520 and 600 px), a name broke once more in the card.
for (const [path, width, held] of [
  ['/names-de.html', 320, 'catalog'],
  ['/names-de.html', 360, 'catalog'],
  ['/names-de.html', 414, 'catalog'],
  ['/names-de.html', 600, 'catalog'],
  ['/names-ar.html', 360, 'catalog'],
  ['/names-ar.html', 600, 'catalog'],
  ['/names-en.html', 320, 'script'],
  ['/names-en.html', 360, 'script'],
  ['/names-en.html', 414, 'script'],
  ['/names-en.html', 520, 'script'],
  ['/names-en.html', 600, 'script'],
] as const)
  test(`${names.length} <video-appeal> with long names on ${path} at ${width} px, waiting for the ${held}: the waiting header keeps the line under the name, layout shift 0`, () =>
    noJump(path, width, held, names.length));

// Before the script has run, the consent notice is only its room: should the script never run, there
// is no player to warn of. Transparent words were still read by screen readers (generated content is
// in the accessibility tree) and painted in a contrast theme (forced colors give every text the theme's colour).
test('before the script has run, the consent notice keeps its room, but no one sees or hears it: not a screen reader, not a contrast theme', async () => {
  const w = await watch(env.browser);
  const { page } = w;
  await page.emulateMedia({ forcedColors: 'active' });
  const { release } = await holdBack(page, /\/dist\/cdn\/postquote\.min\.js$/);
  await page.goto(env.server.url + '/en.html', { waitUntil: 'commit' });
  await page.waitForFunction((n) => document.querySelectorAll('video-appeal').length === n, videos.length);
  await page.waitForTimeout(150);
  const first = page.locator('video-appeal').first();
  const notice = () =>
    first.evaluate((e) => {
      const s = getComputedStyle(e, '::after');
      return {
        room: s.display !== 'none' && s.content.includes('YouTube'),
        seen: s.visibility !== 'hidden' && !/^rgba\(.*, 0\)$/.test(s.color),
      };
    });
  expect(await notice()).toEqual({ room: true, seen: false });
  expect(await first.ariaSnapshot()).not.toContain('YouTube');
  release();
  await page.waitForFunction(() => customElements.get('video-appeal'));
  await settled(page);
  // The card's own notice, once it has come, is read.
  expect(await first.ariaSnapshot()).toContain('YouTube');
  await page.close();
});
