// With JavaScript off (`@media (scripting: none)`), postquote.css is all a reader gets of the newsroom's
// layer: the elements never upgrade and the light-DOM fallback is the post. What the card would say
// before or around the text must be there as text too, in reading order (screen readers read
// generated content in DOM order, whatever the flex `order`): a content warning before the text and
// photos, a label on the newsroom's translation (after the author's words), and the address of the
// archived copy that the card would link.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { axe, servedPages } from './security/serve.js';

const page = (lang: string, body: string) => ({
  body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>no-JS</title>
<link rel="stylesheet" href="/dist/cdn/postquote.min.css"></head><body><main><h1>No JavaScript</h1>${body}</main></body></html>`,
});

const warned = `<tweet-quote author="A" content-warning="Graphic injuries: dead bodies">
  <blockquote lang="en"><p>Shelling in the city centre.</p></blockquote>
  <img slot="media" src="/demo/img/photo-testsrc2.jpg" width="800" height="450" alt="Test pattern">
</tweet-quote>`;
const translated = (by: string) => `<tweet-quote author="A">
  <blockquote slot="translation" lang="en"${by}>Hello world</blockquote>
  <blockquote lang="ar" dir="rtl"><p>مرحبا بالعالم</p></blockquote>
</tweet-quote>`;
const archived = `<tweet-quote author="A" status="deleted" archive-href="https://web.archive.org/x" archived-at="2016-12-14">
  <blockquote lang="en"><p>Gone now.</p></blockquote>
</tweet-quote>`;

const labelled = `<tweet-quote author="A" verification="disputed" verification-note="Two sources deny it" status="deleted" archive-href="https://web.archive.org/x">
  <blockquote lang="uk"><p>Привіт світ</p></blockquote>
</tweet-quote>`;

/** Instagram's, Threads' and TikTok's embed codes as pasted (their <script> left out), which set a min-width of 270–326 px. */
const embeds = ['instagram-v14-en', 'instagram-v12-captioned-de', 'threads-2025-share-link', 'tiktok-video-2024']
  .map((name) => readFileSync(`tests/fixtures/embeds/${name}.html`, 'utf8').replace(/<script[^>]*><\/script>/g, ''))
  .map((code) => `<post-quote>${code}</post-quote>`)
  .join('\n');

/** A post in another language than the page's, its blockquote with a lang but no dir. */
const foreign = (lang: string, words: string) =>
  `<tweet-quote author="A" status="deleted"><blockquote lang="${lang}"><p>${words}</p></blockquote><blockquote slot="translation" lang="${lang}">${words}</blockquote></tweet-quote>`;

/** A deleted video, its key quote and poster link: the status line speaks of the video, as its card does. */
const goneVideo = `<video-appeal author="V" status="deleted" archive-href="https://web.archive.org/v" href="https://www.youtube.com/watch?v=M7lc1UVf-VE">
  <blockquote lang="en">Please save us.</blockquote>
  <a href="https://www.youtube.com/watch?v=M7lc1UVf-VE"><img src="/demo/img/poster-live.jpg" width="640" height="360" alt="The appeal"></a>
</video-appeal>`;

/** Facebook's embed code as its "Embed" dialog gives it (sdk.js included), under the newsroom's labels. */
const facebook = `<post-quote author="A" verification="disputed" status="deleted" archive-href="https://web.archive.org/f">${readFileSync(
  'tests/fixtures/embeds/facebook-post-2023-sdk-en-gb.html',
  'utf8',
)}</post-quote>`;

const env = servedPages({
  '/facebook.html': page('en', facebook),
  '/gone-video.html': page('en', goneVideo),
  '/gone-video-de.html': page('de', goneVideo),
  '/gone-video-ar.html': page('ar', `<div dir="rtl">${goneVideo}</div>`),
  '/warned.html': page('en', warned),
  '/warned-de.html': page('de', warned),
  '/warned-json.html': page(
    'en',
    `<tweet-quote author="A"><blockquote lang="en"><p>Text.</p></blockquote><script type="application/json">{"contentWarning":"JSON only"}</script></tweet-quote>`,
  ),
  '/translated.html': page('en', translated(' data-by="Desk"')),
  '/translated-de.html': page('de', translated('')),
  '/archived.html': page('en', archived),
  '/labelled.html': page('en', labelled),
  '/labelled-anonymous.html': page('en', labelled.replace(' author="A"', '')),
  '/labelled-warned.html': page('en', labelled.replace('author="A"', 'author="A" content-warning="Violence"')),
  '/archived-fr.html': page('fr', archived.replace('archived-at="2016-12-14"', '')),
  '/foreign-ar.html': page('ar', `<div dir="rtl">${foreign('en', 'My name is Bana. Save Aleppo!')}</div>`),
  '/foreign-de.html': page('de', foreign('ar', 'كل قنبلة مجزرة. أنقذوا حلب!')),
  '/foreign-de-js.html': page(
    'de',
    `${foreign('ar', 'كل قنبلة مجزرة. أنقذوا حلب!')}<script type="module" src="/dist/cdn/postquote.min.js"></script>`,
  ),
  // A CMS's centred embed (WordPress's aligncenter, a <center>) in a theme's italic, indented aside.
  '/centred.html': page(
    'en',
    `<style>.c { text-align: center; font-style: italic; text-indent: 3em }</style><div class="c">${archived}</div>`,
  ),
  '/centred-js.html': page(
    'en',
    `<style>.c { text-align: center; font-style: italic; text-indent: 3em }</style><div class="c">${archived}</div><script type="module" src="/dist/cdn/postquote.min.js"></script>`,
  ),
  '/embeds.html': page('en', embeds),
  '/embeds-js.html': page('en', `${embeds}<script type="module" src="/dist/cdn/postquote.min.js"></script>`),
});

async function open(path: string, { javaScriptEnabled = false } = {}): Promise<Page> {
  const p = await env.browser.newPage({ javaScriptEnabled, locale: 'en-US' });
  await p.route('**/*', (r) => (r.request().url().startsWith('http://127.0.0.1:') ? r.continue() : r.abort()));
  await p.goto(env.server.url + path, { waitUntil: 'load' });
  return p;
}

/**
 * axe runs on timers, which a page without JavaScript never fires: it checks the same page with
 * JavaScript on (no script on it, so the elements stay undefined), the no-JS rules forced on.
 */
async function axeWithoutJs(path: string): Promise<string[]> {
  const p = await env.browser.newPage({ locale: 'en-US' });
  await p.route('**/postquote.min.css', async (r) => {
    const css = await (await r.fetch()).text();
    expect(css).toContain('@media(scripting:none){');
    await r.fulfill({ contentType: 'text/css', body: css.replace('@media(scripting:none){', '@media all{') });
  });
  await p.goto(env.server.url + path, { waitUntil: 'load' });
  const found = await axe(p, 'tweet-quote');
  await p.close();
  return found;
}

/** The accessibility tree's text of the quote, in the order a screen reader reads it. */
const read = (p: Page) => p.locator('tweet-quote').ariaSnapshot();
const pseudo = (p: Page, selector: string, which: '::before' | '::after') =>
  p.$eval(selector, (el, which) => getComputedStyle(el, which).content, which);
/** A label box's words: the label, its list marker (in the label's colour, as the card's), and the note. */
const seen = (p: Page, selector: string, which: '::before' | '::after') =>
  p.$eval(selector, (el, which) => `${getComputedStyle(el, which).listStyleType} ${getComputedStyle(el, which).content}`, which);

test('a content warning is written before the text and the photo, in the page language, in a box', async () => {
  const p = await open('/warned.html');
  expect(await p.evaluate(() => matchMedia('(scripting: none)').matches)).toBe(true);
  const tree = await read(p);
  const [warning, text, photo] = [
    'Content warning: Graphic injuries: dead bodies',
    'Shelling in the city centre.',
    'img "Test pattern"',
  ].map((s) => tree.indexOf(s));
  expect(warning, tree).toBeGreaterThan(-1);
  expect(warning, tree).toBeLessThan(text);
  expect(text, tree).toBeLessThan(photo);
  // Still readable: nothing can be revealed without JavaScript.
  expect(await p.$eval('tweet-quote > blockquote', (b) => (b as HTMLElement).offsetHeight)).toBeGreaterThan(0);
  expect(await p.$eval('tweet-quote > img', (i) => (i as HTMLElement).offsetHeight)).toBeGreaterThan(0);
  // Seen before them too: the name, then the newsroom's box with the warning, then the text.
  const box = await p.$eval('tweet-quote', (el) => {
    const s = getComputedStyle(el, '::after');
    const name = getComputedStyle(el, '::before');
    return {
      border: s.borderInlineStartStyle,
      layer: s.content,
      order: Number(s.order),
      name: [name.content.split(' / ')[0], Number(name.order)],
    };
  });
  expect(box.border).toBe('solid');
  expect(box.layer).toContain('Content warning: Graphic injuries: dead bodies');
  expect(box.name).toEqual(['"A"', box.order]);
  await p.close();
  expect(await axeWithoutJs('/warned.html')).toEqual([]);

  const de = await open('/warned-de.html');
  expect(await read(de)).toContain('Inhaltswarnung: Graphic injuries: dead bodies');
  await de.close();
});

test('with JavaScript on, the fallback of a warned post shows no such warning before the script runs (layout unchanged)', async () => {
  // No script on this page: the elements stay undefined with scripting enabled, as before a bundle runs.
  const p = await open('/warned.html', { javaScriptEnabled: true });
  // (What it says, and what it is heard to say: its alt text after the slash.)
  const header = await pseudo(p, 'tweet-quote', '::before');
  expect(header.split(' / ')[0]).toBe('"A"');
  expect(header).not.toContain('warning');
  expect(await p.$eval('tweet-quote', (el) => getComputedStyle(el, '::after').content)).not.toContain('warning');
  await p.close();
});

test('a warning given only in inline JSON cannot be seen by CSS (documented limit)', async () => {
  const p = await open('/warned-json.html');
  expect(await read(p)).not.toContain('Content warning');
  await p.close();
});

test("the newsroom's translation is labelled with its credit and follows the author's words", async () => {
  const p = await open('/translated.html');
  const tree = await read(p);
  const [original, label, translation] = ['مرحبا بالعالم', 'Translation: Desk', 'Hello world'].map((s) => tree.indexOf(s));
  expect(label, tree).toBeGreaterThan(-1);
  expect(label, tree).toBeLessThan(translation);
  // Shown after the original too, though the page wrote the translation first.
  const y = await p.$$eval('tweet-quote > blockquote', (bs) => bs.map((b) => b.getBoundingClientRect().top));
  expect(y[1]).toBeLessThan(y[0]);
  expect(original).toBeGreaterThan(-1);
  await p.close();
  expect(await axeWithoutJs('/translated.html')).toEqual([]);

  const de = await open('/translated-de.html');
  expect(await pseudo(de, 'blockquote[slot="translation"]', '::before')).toBe('"Übersetzung der Redaktion"');
  await de.close();
});

test('the archived copy gives its address, after the status', async () => {
  const p = await open('/archived.html');
  expect(await pseudo(p, 'tweet-quote', '::after')).toContain(
    'This post has since been deleted. Archived copy of 2016-12-14 (\u2068https://web.archive.org/x\u2069)',
  );
  expect(await read(p)).toContain('https://web.archive.org/x');
  await p.close();

  const fr = await open('/archived-fr.html');
  expect(await pseudo(fr, 'tweet-quote', '::after')).toContain('Copie archivée (\u2068https://web.archive.org/x\u2069)');
  await fr.close();

  // In print as well (JavaScript on, the element never upgraded here: the status in the card's place while the script may come).
  const print = await open('/archived.html', { javaScriptEnabled: true });
  await print.emulateMedia({ media: 'print' });
  expect(await pseudo(print, 'tweet-quote > blockquote', '::after')).toContain('https://web.archive.org/x');
  await print.emulateMedia({ media: 'screen' });
  expect(await pseudo(print, 'tweet-quote > blockquote', '::after')).not.toContain('https://');
  await print.close();
});

test('a deleted video says "video", not "post", in the page language, seen and heard', async () => {
  for (const [path, words, post] of [
    ['/gone-video.html', 'This video has since been deleted.', 'This post'],
    ['/gone-video-de.html', 'Dieses Video wurde inzwischen gelöscht.', 'Dieser Beitrag'],
    ['/gone-video-ar.html', 'حُذف هذا الفيديو لاحقًا.', 'المنشور'],
  ]) {
    const p = await open(path);
    expect(await pseudo(p, 'video-appeal', '::after'), path).toContain(words);
    const tree = await p.locator('video-appeal').ariaSnapshot();
    expect(tree, path).toContain(words);
    expect(tree, path).not.toContain(post);
    await p.close();
  }
  // A post's stays the post's.
  const post = await open('/archived.html');
  expect(await pseudo(post, 'tweet-quote', '::after')).toContain('This post has since been deleted.');
  await post.close();
});

test("the newsroom's label, the status and a warning are seen and read outside the quote, before it, in the card's order: label, status, warning", async () => {
  // Inside the blockquote a screen reader would read them as the author's words, in the post's
  // language (here a Ukrainian voice reading English); the card has them above the text, out of the quote.
  for (const [path, first, last] of [
    ['/labelled.html', 'A', ''],
    ['/labelled-anonymous.html', 'Disputed', ''],
    ['/labelled-warned.html', 'A', 'Content warning: Violence'],
  ]) {
    const p = await open(path);
    const quote = await p.locator('tweet-quote > blockquote').ariaSnapshot();
    expect(quote, path).not.toMatch(/Disputed|deny|deleted|Archived|archive\.org|Violence/);
    const tree = await read(p);
    const words = ['Disputed', 'Two sources deny it', 'This post has since been deleted.', 'Archived copy', 'web.archive.org/x'];
    const at = [first, ...words, ...(last ? [last] : []), 'Привіт світ'].map((s) => tree.indexOf(s));
    expect(at, `${path}\n${tree}`).toEqual([...at].sort((a, b) => a - b));
    expect(at[0], tree).toBeGreaterThan(-1);
    // Seen so too: one box below the name (the label its marker, in its colour), out of the quote's box, above the text.
    const layer = await seen(p, 'tweet-quote', '::after');
    const shown = [...words.slice(0, 4), ...(last ? ['\u26A0\uFE0E\u00A0' + last] : [])].map((s) => layer.indexOf(s));
    expect(shown, layer).toEqual([...shown].sort((a, b) => a - b));
    expect(shown[0], layer).toBeGreaterThan(-1);
    expect(await pseudo(p, 'tweet-quote > blockquote', '::before')).toBe('none');
    expect(await pseudo(p, 'tweet-quote > blockquote', '::after')).toBe('none');
    const [after, text] = await p.$eval('tweet-quote', (el) => [
      Number(getComputedStyle(el, '::after').order),
      Number(getComputedStyle(el.querySelector('blockquote')!).order),
    ]);
    expect(after, path).toBeLessThan(text);
    await p.close();
    expect(await axeWithoutJs(path), path).toEqual([]);
  }
});

test("Facebook's embed code: the newsroom's label and the status around its quote, read before it, and the quote in the card's type", async () => {
  const p = await open('/facebook.html');
  expect(await seen(p, 'post-quote', '::after')).toContain('Disputed');
  expect(await pseudo(p, 'post-quote', '::after')).toContain(
    'This post has since been deleted. Archived copy (\u2068https://web.archive.org/f\u2069)',
  );
  expect(await p.locator('.fb-post > blockquote').ariaSnapshot()).not.toMatch(/Disputed|deleted|Archived/);
  const tree = await p.locator('post-quote').ariaSnapshot();
  const at = ['A', 'Disputed', 'This post has since been deleted.', 'The new ferry'].map((s) => tree.indexOf(s));
  expect(at[0], tree).toBeGreaterThan(-1);
  expect(at, tree).toEqual([...at].sort((a, b) => a - b));
  // The browser's blockquote margins (40px at the sides) give way to the card's.
  expect(await p.$eval('.fb-post > blockquote', (b) => getComputedStyle(b).marginInlineStart)).toBe('0px');
  await p.close();
});

test("Facebook's \"Posted by <a>Name</a> on <a>date</a>\" line stands in the footer's place and size, as X's attribution line, below the text in the card's", async () => {
  const p = await open('/facebook.html');
  const sizes = await p.$eval('post-quote', (el) => {
    const px = (e: Element, pseudo?: string) => getComputedStyle(e, pseudo).fontSize;
    const bq = el.querySelector('.fb-post > blockquote')!;
    // Below the line, the element's padding and border alone.
    return {
      line: px(bq),
      text: px(bq.querySelector('p')!),
      below: Math.round(el.getBoundingClientRect().bottom - bq.getBoundingClientRect().bottom),
    };
  });
  // The card's 0.875em footer and 1.0625em text of a 16 px element; no empty footer row beside the line.
  expect(sizes).toEqual({ line: '14px', text: '17px', below: 13 });
  await p.close();
});

test('a pasted Instagram, Threads or TikTok code stays inside its card on a 320 px phone, and the page does not scroll sideways (with and without JavaScript)', async () => {
  for (const [path, javaScriptEnabled] of [
    ['/embeds.html', false],
    ['/embeds-js.html', true],
  ] as const) {
    const p = await open(path, { javaScriptEnabled });
    await p.setViewportSize({ width: 320, height: 800 });
    if (javaScriptEnabled) await p.waitForFunction(() => customElements.get('post-quote'));
    const out = await p.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      outside: [...document.querySelectorAll('post-quote > blockquote')].flatMap((b) => {
        const [r, host] = [b.getBoundingClientRect(), b.parentElement!.getBoundingClientRect()];
        return r.width && r.right > host.right + 0.5 ? [`${b.className}: ${Math.round(r.right - host.right)} px`] : [];
      }),
    }));
    expect(out, path).toEqual({ scrollWidth: 320, outside: [] });
    await p.close();
  }
});

test("a post in another language than the page's runs in its own direction, as in the card: English left to right on an Arabic page, Arabic right to left on a German one", async () => {
  const dirs = (p: Page) =>
    p.$$eval('tweet-quote > blockquote, tweet-quote > blockquote > p', (els) => els.map((e) => getComputedStyle(e).direction));
  // The status line under the post is the page's words, in the page's direction.
  const status = (p: Page) => p.$eval('tweet-quote', (e) => getComputedStyle(e, '::after').direction);
  const english = await open('/foreign-ar.html');
  expect(await dirs(english)).toEqual(['ltr', 'ltr', 'ltr']);
  expect(await status(english)).toBe('rtl');
  await english.close();
  const arabic = await open('/foreign-de.html');
  expect(await dirs(arabic)).toEqual(['rtl', 'rtl', 'rtl']);
  expect(await status(arabic)).toBe('ltr');
  await arabic.close();
  // The card says the same.
  const card = await open('/foreign-de-js.html', { javaScriptEnabled: true });
  await card.waitForFunction(() => document.querySelector('tweet-quote')?.shadowRoot?.querySelector('blockquote'));
  expect(await card.$eval('tweet-quote', (e) => getComputedStyle(e.shadowRoot!.querySelector('blockquote')!).direction)).toBe('rtl');
  await card.close();
});

test("the page's alignment, indent and italics stop at the element: a centred embed's post reads from the start, upright, in the fallback and in the card", async () => {
  const looks = (els: Element[]) =>
    els.map((e) => {
      const c = getComputedStyle(e);
      return `${c.textAlign} ${c.fontStyle} ${c.textIndent}`;
    });
  const fallback = await open('/centred.html');
  expect(await fallback.$$eval('tweet-quote, tweet-quote > blockquote, tweet-quote > blockquote > p', looks)).toEqual(
    Array(3).fill('start normal 0px'),
  );
  await fallback.close();
  const card = await open('/centred-js.html', { javaScriptEnabled: true });
  await card.waitForFunction(() => document.querySelector('tweet-quote')?.shadowRoot?.querySelector('blockquote'));
  const inside = await card.$eval('tweet-quote', (e) =>
    ['[part~=header]', 'blockquote', '[part~=footer]'].map((s) => {
      const c = getComputedStyle(e.shadowRoot!.querySelector(s)!);
      return `${c.textAlign} ${c.fontStyle} ${c.textIndent}`;
    }),
  );
  expect(inside).toEqual(Array(3).fill('start normal 0px'));
  await card.close();
});
