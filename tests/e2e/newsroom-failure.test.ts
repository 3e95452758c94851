// A content warning never fails open. The newsroom chunk draws the warning; while it loads,
// postquote.css hides what the warning covers (photos, videos, a poster link), and should it fail
// to load, a warned post slots none of its fallback and shows the warning in its own shadow root,
// in the page's language, with or without postquote.css. Built bundles, strict CSP, the chunk held
// back or refused.
import { expect, test } from 'vitest';
import { axe, holdBack, servedPages, settled, strictCsp, watch } from './security/serve.js';

const text = '<blockquote lang="en"><p>Shelling again near the hospital.</p></blockquote>';
const photo = '<img slot="media" src="/demo/img/photo-gradient.jpg" width="800" height="600" alt="A photo">';
const json = (value: unknown) => `<script type="application/json">${JSON.stringify(value)}</script>`;
const warned = [
  `<tweet-quote id="attr" author="A" content-warning="Graphic injuries">${text}${photo}</tweet-quote>`,
  `<post-quote id="video" author="B" content-warning="Graphic injuries">${text}<video slot="media" src="/demo/media/appeal.mp4" poster="/demo/img/poster-live.jpg" width="640" height="360"></video></post-quote>`,
  `<video-appeal id="poster" author="C" duration="PT39S" content-warning="Graphic injuries">${text}<a href="https://x.com/c"><img src="/demo/img/poster-live.jpg" width="640" height="360" alt="Poster"></a></video-appeal>`,
  `<post-quote id="json" author="D">${text}${photo}${json({ contentWarning: 'Graphic injuries' })}</post-quote>`,
  `<post-quote id="sensitive" author="E">${text}${photo}${json({ sensitive: true })}</post-quote>`,
];
const labelled = `<tweet-quote id="label" author="F" verification="verified">${text}</tweet-quote>`;
const page = (cards: string[], { css = true, lang = 'en' } = {}) => ({
  body: `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>warnings</title>${css ? '<link rel="stylesheet" href="/dist/cdn/postquote.min.css">' : ''}<script type="module" src="/dist/cdn/postquote.min.js"></script><body><main><h1>Warnings</h1>${cards.join('\n')}</main></body></html>`,
  csp: strictCsp(),
});
const env = servedPages({
  '/warned.html': page([...warned, labelled]),
  // postquote.css is optional: the warning must not depend on it.
  '/bare.html': page([...warned, labelled], { css: false }),
  // A German page: the label from the German catalog (loaded on demand, as the newsroom chunk would be).
  '/de.html': page(
    [
      `<tweet-quote id="attr" author="A" content-warning="Verletzte Menschen">${text}${photo}</tweet-quote>`,
      `<post-quote id="sensitive" author="E">${text}${photo}${json({ sensitive: true })}</post-quote>`,
    ],
    { css: false, lang: 'de' },
  ),
});

/** Each element's light-DOM children the reader can see, by the element's id. */
const seen = (media: boolean) =>
  Object.fromEntries(
    [...document.querySelectorAll('[id]')].map((e) => [
      e.id,
      [...e.children]
        .filter(
          (c) => c.localName !== 'script' && (media || c.localName !== 'blockquote') && c.checkVisibility({ visibilityProperty: true }),
        )
        .map((c) => c.localName),
    ]),
  );

/**
 * What the reader gets of each element, by id: its height, and the text of what is visible of it
 * (its shadow tree's and its light DOM's visible elements).
 */
const shown = () =>
  Object.fromEntries(
    [...document.querySelectorAll('[id]')].map((e) => [
      e.id,
      {
        height: Math.round(e.getBoundingClientRect().height),
        text: [...e.shadowRoot!.children, ...e.children]
          .filter((c) => c.checkVisibility())
          .map((c) => (c as HTMLElement).innerText.trim())
          .join(' ')
          .replace(/\u00a0/g, ' '),
      },
    ]),
  );

/** Opens `path` with the newsroom chunk refused, once every element has rendered what it can. */
async function failed(path: string) {
  const w = await watch(env.browser);
  await w.page.route(/\/dist\/cdn\/newsroom-[\w-]+\.min\.js$/, (route) => route.abort());
  await w.page.goto(env.server.url + path);
  await settled(w.page);
  return w;
}

test('while the newsroom chunk loads, the photo, video and poster link of a post with a warning stay hidden, and all of a post warned only in JSON', async () => {
  const w = await watch(env.browser);
  const { page } = w;
  const { release, requested } = await holdBack(page, /\/dist\/cdn\/newsroom-[\w-]+\.min\.js$/);
  await page.goto(env.server.url + '/warned.html');
  await page.waitForFunction(() => document.querySelectorAll(':state(pending)').length === 6);
  // A warning that only the JSON gives is known once the script has read it.
  await page.waitForFunction(() => document.querySelectorAll(':state(warned)').length === 2);
  expect(requested.length).toBeGreaterThan(0);
  // With the attribute, the text is folded to no height and the rest not displayed; with the
  // warning in JSON only, nothing of the fallback is displayed.
  const waiting = await page.evaluate(seen, false);
  for (const id of ['attr', 'video', 'poster']) expect(waiting[id], id).toEqual([]);
  const all = await page.evaluate(seen, true);
  for (const id of ['json', 'sensitive']) expect(all[id], id).toEqual([]);
  expect(all.label).toEqual(['blockquote']);
  release();
  await settled(page);
  await page.close();
});

test('without postquote.css, while the newsroom chunk loads, nothing of a warned post shows: not its text, photo, video or poster', async () => {
  const w = await watch(env.browser);
  const { page } = w;
  const { release } = await holdBack(page, /\/dist\/cdn\/newsroom-[\w-]+\.min\.js$/);
  await page.goto(env.server.url + '/bare.html');
  await page.waitForFunction(() => document.querySelectorAll(':state(warned)').length === 2);
  // Before: the defined element slotted its whole fallback until the chunk came (a round trip or more).
  const waiting = await page.evaluate(seen, true);
  for (const id of ['attr', 'video', 'poster', 'json', 'sensitive']) expect(waiting[id], id).toEqual([]);
  expect(waiting.label).toEqual(['blockquote']);
  release();
  await settled(page);
  // Then the card, with its warning closed.
  const cards = await page.evaluate(shown);
  for (const id of ['attr', 'video', 'poster', 'json']) expect(cards[id].text, id).toContain('Graphic injuries');
  for (const id of ['attr', 'video', 'poster', 'json', 'sensitive']) expect(cards[id].text, id).not.toContain('Shelling');
  expect(w.pageErrors).toEqual([]);
  await page.close();
});

test('when the newsroom chunk fails, a post with a warning shows only the warning, never its text or media', async () => {
  const w = await failed('/warned.html');
  const { page } = w;
  const after = await page.evaluate(seen, true);
  for (const id of ['attr', 'video', 'poster', 'json', 'sensitive']) expect(after[id], id).toEqual([]);
  // A post without a warning keeps its readable fallback.
  expect(after.label).toEqual(['blockquote']);
  // The warning is the element's own text, in its shadow root; postquote.css writes none.
  const states = await page.evaluate(() =>
    [...document.querySelectorAll('[id]')].map((e) => [e.id, e.matches(':state(warned)'), getComputedStyle(e, '::after').content]),
  );
  expect(states).toEqual([
    ['attr', true, 'none'],
    ['video', true, 'none'],
    ['poster', true, 'none'],
    ['json', true, 'none'],
    ['sensitive', true, 'none'],
    ['label', false, 'none'],
  ]);
  const cards = await page.evaluate(shown);
  expect(Object.fromEntries(Object.entries(cards).map(([id, c]) => [id, c.text]))).toEqual({
    attr: 'Content warning: Graphic injuries',
    video: 'Content warning: Graphic injuries',
    poster: 'Content warning: Graphic injuries',
    json: 'Content warning: Graphic injuries',
    sensitive: 'Content warning',
    label: 'Shelling again near the hospital.',
  });
  expect(w.postquote.filter((m) => m.includes('chunk-unavailable'))).toHaveLength(6);
  expect(w.pageErrors).toEqual([]);
  expect(w.external).toEqual([]);
  await page.close();
});

test("without postquote.css, a warned post whose newsroom chunk fails still shows the warning (its label, the editor's words), never its text", async () => {
  const w = await failed('/bare.html');
  const { page } = w;
  const cards = await page.evaluate(shown);
  for (const id of ['attr', 'video', 'poster', 'json', 'sensitive']) {
    // Before: nothing at all, 0 px tall.
    expect(cards[id].height, id).toBeGreaterThan(20);
    expect(cards[id].text, id).toBe(id === 'sensitive' ? 'Content warning' : 'Content warning: Graphic injuries');
    expect(cards[id].text, id).not.toContain('Shelling');
  }
  expect(cards.label.text).toBe('Shelling again near the hospital.');
  expect(await page.evaluate(seen, true)).toMatchObject({ attr: [], video: [], poster: [], json: [], sensitive: [] });
  // The label speaks the card's language; the editor's words take their own direction.
  const warning = await page.evaluate(() => {
    const p = document.querySelector('#attr')!.shadowRoot!.querySelector('[part~="warning"]')!;
    return { label: p.querySelector('[lang]')?.getAttribute('lang'), dir: p.querySelector('[dir="auto"]')?.textContent };
  });
  expect(warning).toEqual({ label: 'en', dir: 'Graphic injuries' });
  expect(await axe(page, '[id]')).toEqual([]);
  expect(w.postquote.filter((m) => m.includes('chunk-unavailable'))).toHaveLength(6);
  expect(w.pageErrors).toEqual([]);
  expect(await w.violations()).toEqual([]);
  expect(w.external).toEqual([]);
  await page.close();
});

test("on a German page without postquote.css, the failed chunk's warning is in German", async () => {
  const w = await failed('/de.html');
  const { page } = w;
  const cards = await page.evaluate(shown);
  expect(cards.attr.text).toBe('Inhaltswarnung: Verletzte Menschen');
  expect(cards.sensitive.text).toBe('Inhaltswarnung');
  for (const id of ['attr', 'sensitive']) expect(cards[id].height, id).toBeGreaterThan(20);
  expect(w.postquote.filter((m) => m.includes('chunk-unavailable'))).toHaveLength(2);
  expect(w.pageErrors).toEqual([]);
  await page.close();
});
