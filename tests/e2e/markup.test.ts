// toMarkup()'s HTML (postquote/markup) in a served page, as a CMS writes it: without JavaScript,
// postquote.css shows the author's name and the text (a warned post's photos closed in a <details>);
// with the built bundle, each card renders parse(post).post, and no hostile string runs.
import { expect, test } from 'vitest';
import type { Page } from 'playwright';
import { toMarkup } from '../../src/model/markup.js';
import { parse } from '../../src/model/index.js';
import { servedPages } from './security/serve.js';

const page = (lang: string, body: string) => ({
  body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>markup</title>
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
const body = Object.entries(posts)
  .map(([id, post]) => `<div id="${id}">${toMarkup(post).html}</div>`)
  .join('\n');

const env = servedPages({
  '/no-js.html': page('en', body),
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
