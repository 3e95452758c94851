// toMarkup()'s HTML (postquote/markup) in a served page, as a CMS writes it: without JavaScript,
// postquote.css shows the author's name and the text (a warned post's photos closed in a <details>);
// with the built bundle, each card renders parse(post).post, and no hostile string runs.
import { expect, test } from 'vitest';
import type { Page } from 'playwright';
import { toMarkup, type MarkupOptions } from '../../src/model/markup.js';
import { parse } from '../../src/model/index.js';
import { elapse, servedPages } from './security/serve.js';

const page = (lang: string, body: string) => ({
  body: `<!doctype html><html lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}><head><meta charset="utf-8"><title>markup</title>
<link rel="stylesheet" href="/dist/cdn/postquote.min.css"></head><body><main><h1>Markup</h1>${body}</main></body></html>`,
});

const posts: Record<string, unknown> = {
  arabic: { platform: 'x', url: 'https://x.com/a/status/1', author: { name: 'بانا العابد' }, text: 'اسمي بانا.\nأنقذوا حلب!', lang: 'ar' },
  lines: { author: { name: 'Line Writer' }, text: 'First line\nsecond line\n\nA new paragraph.', lang: 'en' },
  hostile: {
    author: { name: '</tweet-quote><img src=x onerror=__xss()> "A" & B' },
    text: `</script><script>__xss()</script><!-- not a comment --> &amp; 'q' "qq"\n<b>not bold</b>`,
    quoted: { text: '</script><script>__xss()</script>', author: { name: '<!--' } },
    lang: 'en',
  },
  warned: {
    platform: 'x',
    url: 'https://x.com/a/status/2',
    author: { name: 'Warned Author' },
    text: 'Shelling in the city centre.',
    contentWarning: 'Graphic injuries',
    media: [{ url: '/demo/img/photo-testsrc2.jpg', alt: 'Test pattern', width: 800, height: 450 }],
  },
  translated: {
    author: { name: 'Lina' },
    text: 'Jede Bombe ist ein Massaker.',
    lang: 'de',
    translation: { text: 'Every bomb is a massacre.', lang: 'en', by: 'Desk' },
    status: 'deleted',
    archive: { url: 'https://web.archive.org/web/2016/x', at: '2016-12-14' },
  },
};
// <video-appeal>: each with the options a template passes (the page's language, the transcript, the key quote's moment).
const videos: Record<string, [unknown, MarkupOptions]> = {
  youtube: [
    {
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      author: { name: 'Lina Shamy' },
      text: 'Every bomb is a massacre.',
      lang: 'en',
      video: { provider: 'youtube', id: 'dQw4w9WgXcQ', duration: 39, poster: '/demo/img/poster-appeal.jpg', width: 640, height: 360 },
    },
    { transcript: 'Every bomb is a massacre.\n\nSave Aleppo, save humanity.', quoteStart: 3 },
  ],
  selfHosted: [
    {
      url: 'https://example.org/appeal',
      author: { name: 'Self Hosted' },
      text: 'Jede Bombe ist ein Massaker.',
      lang: 'de',
      translation: { text: 'Every bomb is a massacre.', lang: 'en' },
      video: {
        src: '/demo/media/appeal-portrait.mp4',
        type: 'video/mp4',
        tracks: [{ src: '/demo/media/appeal.de.vtt', kind: 'subtitles', srclang: 'de', label: 'Deutsch', default: true }],
      },
    },
    { transcript: 'Jede Bombe ist ein Massaker.' },
  ],
  warnedVideo: [
    {
      url: 'https://vimeo.com/76979871',
      author: { name: 'Warned Speaker' },
      text: 'Aftermath.',
      contentWarning: 'Graphic injuries',
      video: { poster: '/demo/img/poster-live.jpg', width: 640, height: 360 },
    },
    {},
  ],
  goneVideo: [
    {
      url: 'https://twitter.com/a/status/1',
      author: { name: 'Gone Speaker' },
      text: 'Deleted words.',
      status: 'deleted',
      archive: { url: 'https://web.archive.org/web/2016/x', at: '2016-12-14' },
      video: { src: '/demo/media/appeal-portrait.mp4' },
    },
    {},
  ],
};
const body =
  Object.entries(posts)
    .map(([id, post]) => `<div id="${id}">${toMarkup(post).html}</div>`)
    .join('\n') +
  Object.entries(videos)
    .map(([id, [post, options]]) => `<div id="${id}">${toMarkup(post, options).html}</div>`)
    .join('\n');
const arabic = {
  url: 'https://vimeo.com/76979871',
  author: { name: 'بانا العابد' },
  text: 'اسمي بانا.',
  lang: 'ar',
  video: { duration: 39 },
};
const arabicWarned = {
  author: { name: 'بانا' },
  text: 'صور',
  contentWarning: 'مشاهد قاسية',
  media: [{ url: '/a.jpg' }, { url: '/b.jpg' }],
};

const env = servedPages({
  '/no-js.html': page('en', body),
  '/ar.html': page(
    'ar',
    `<div id="v">${toMarkup(arabic, { lang: 'ar', transcript: 'اسمي بانا.\n\nأنقذوا حلب!' }).html}</div><div id="p">${toMarkup(arabicWarned, { lang: 'ar' }).html}</div>`,
  ),
  '/no-script.html': page('en', `${body}<script type="module" src="/dist/cdn/missing.min.js"></script>`),
  '/js.html': page(
    'en',
    `<script>window.__xss = () => { document.title = 'XSS'; };</script>${body}<script type="module" src="/dist/cdn/postquote.min.js"></script>`,
  ),
});

async function open(path: string, javaScriptEnabled: boolean): Promise<Page> {
  const p = await env.browser.newPage({ javaScriptEnabled, locale: 'en-US' });
  await p.route('**/*', (r) => (r.request().url().startsWith('http://127.0.0.1:') ? r.continue() : r.abort()));
  await p.goto(env.server.url + path, { waitUntil: 'load' });
  return p;
}

test("without JavaScript, postquote.css shows each post's author and text; a warned photo stays closed until the reader opens it", async () => {
  const p = await open('/no-js.html', false);
  expect(await p.evaluate(() => matchMedia('(scripting: none)').matches)).toBe(true);
  for (const [id, name, text] of [
    ['arabic', 'بانا العابد', 'اسمي بانا.\nأنقذوا حلب!'],
    ['lines', 'Line Writer', 'First line\nsecond line\n\nA new paragraph.'],
    [
      'hostile',
      '</tweet-quote><img src=x onerror=__xss()> "A" & B',
      `</script><script>__xss()</script><!-- not a comment --> &amp; 'q' "qq"\n<b>not bold</b>`,
    ],
    ['warned', 'Warned Author', 'Shelling in the city centre.'],
    ['translated', 'Lina', 'Jede Bombe ist ein Massaker.'],
  ]) {
    const card = p.locator(`#${id} > *`);
    // The name as postquote.css writes it (a CSS string), the text as the reader sees it.
    const css = await card.evaluate((el) => ['::before', '::after'].map((at) => getComputedStyle(el, at).content).join(' '));
    expect(css, id).toContain(JSON.stringify(name));
    expect(await p.$eval(`#${id} blockquote:not([slot])`, (b) => (b as HTMLElement).innerText), id).toBe(text);
  }
  expect(await p.locator('#warned > *').ariaSnapshot()).toContain('Content warning: Graphic injuries');
  expect(await p.locator('#warned summary').innerText()).toBe('Show the photo (Graphic injuries)');
  expect(await p.$eval('#translated blockquote[slot]', (b) => getComputedStyle(b, '::before').content)).toBe('"Translation: Desk"');
  // The Arabic text runs right to left; the hostile strings made no element.
  expect(await p.$eval('#arabic blockquote', (b) => getComputedStyle(b).direction)).toBe('rtl');
  expect(await p.$$eval('#hostile *', (els) => els.map((e) => e.localName))).toEqual(['post-quote', 'blockquote', 'br', 'script']);
  const photo = p.locator('#warned img');
  expect(await photo.isVisible()).toBe(false);
  await p.locator('#warned summary').click();
  expect(await photo.isVisible()).toBe(true);
  await p.close();
});

test('with the bundle, every card renders the post parse() gives, and nothing in a post runs', async () => {
  const p = await open('/js.html', true);
  await p.waitForFunction(() => [...document.querySelectorAll('main > div > *')].every((el) => el.shadowRoot?.childElementCount));
  for (const [id, post] of Object.entries(posts)) {
    const got = await p.$eval(`#${id} > *`, (el) => JSON.parse(JSON.stringify((el as unknown as { current: unknown }).current)));
    expect(got, id).toEqual(JSON.parse(JSON.stringify(parse(post).post)));
  }
  expect(await p.title()).toBe('markup');
  await p.close();
});

test('without JavaScript, a <video-appeal> reads as its text, the transcript and a link to the video (its poster unless warned); a gone one links nowhere', async () => {
  const p = await open('/no-js.html', false);
  expect(await p.$eval('#youtube blockquote', (b) => (b as HTMLElement).innerText)).toBe('Every bomb is a massacre.');
  expect(await p.locator('#youtube [slot=transcript]').innerText()).toBe('Every bomb is a massacre.\n\nSave Aleppo, save humanity.');
  const poster = p.getByRole('link', { name: 'Watch the video' }).and(p.locator('#youtube a'));
  expect(await poster.isVisible()).toBe(true);
  expect(await poster.getAttribute('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  expect(await p.locator('#youtube img').evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(640);
  expect(await p.locator('#selfHosted [slot=transcript]').innerText()).toBe('Jede Bombe ist ein Massaker.');
  expect(await p.locator('#selfHosted a').innerText()).toBe('Watch the video');
  expect(await p.locator('#selfHosted a').isVisible()).toBe(true);
  // A warning: the card's words first, no poster, a text link the reader may follow.
  expect(await p.locator('#warnedVideo > *').ariaSnapshot()).toContain('Content warning: Graphic injuries');
  expect(await p.locator('#warnedVideo img').count()).toBe(0);
  expect(await p.locator('#warnedVideo a').innerText()).toBe('Watch the video');
  expect(await p.locator('#goneVideo a').count()).toBe(0);
  expect(await p.locator('#goneVideo > *').evaluate((el) => getComputedStyle(el, '::before').content)).toContain('deleted');
  await p.close();
});

test("an Arabic page: the link, the transcript and a warned post's summary in Arabic, right to left", async () => {
  const p = await open('/ar.html', false);
  expect(await p.locator('#v a').innerText()).toBe('مشاهدة الفيديو');
  expect(await p.locator('#v a').evaluate((a) => [a.closest('[lang]')!.getAttribute('lang'), getComputedStyle(a).direction])).toEqual([
    'ar',
    'rtl',
  ]);
  expect(await p.locator('#v [slot=transcript]').innerText()).toBe('اسمي بانا.\n\nأنقذوا حلب!');
  expect(await p.locator('#p summary').innerText()).toBe('عرض الصورتين (مشاهد قاسية)');
  await p.close();
});

test('with the bundle, every <video-appeal> renders the post parse() gives, and loads no video file or subtitle before a press', async () => {
  const requests: string[] = [];
  const p = await env.browser.newPage({ locale: 'en-US' });
  p.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await p.route('**/*', (r) => (r.request().url().startsWith('http://127.0.0.1:') ? r.continue() : r.abort()));
  await p.goto(env.server.url + '/js.html', { waitUntil: 'load' });
  await p.waitForFunction(() => [...document.querySelectorAll('main > div > *')].every((el) => el.shadowRoot?.childElementCount));
  for (const [id, [post]] of Object.entries(videos)) {
    const got = await p.$eval(`#${id} > *`, (el) => JSON.parse(JSON.stringify((el as unknown as { current: unknown }).current)));
    expect(got, id).toEqual(JSON.parse(JSON.stringify(parse(post).post)));
  }
  expect(await p.locator('#youtube video-appeal').evaluate((el) => el.shadowRoot!.querySelector('.jump')?.textContent?.trim())).toBe(
    'Play from 0:03',
  );
  expect(requests.filter((r) => /\.(mp4|vtt)$/.test(r))).toEqual([]);
  await p.close();
});

test("if the script fails to load, a <video-appeal>'s transcript and text link unfold (three seconds on)", async () => {
  const p = await open('/no-script.html', true);
  await elapse(p, 3500);
  expect(await p.locator('#selfHosted [slot=transcript]').innerText()).toBe('Jede Bombe ist ein Massaker.');
  const link = p.locator('#selfHosted a');
  expect(await link.isVisible()).toBe(true);
  expect(await link.evaluate((a) => a.getBoundingClientRect().height)).toBeGreaterThan(10);
  expect(await p.locator('#youtube [slot=transcript]').evaluate((d) => d.getBoundingClientRect().height)).toBeGreaterThan(40);
  expect(await p.locator('#youtube a img').isVisible()).toBe(true);
  await p.close();
});
