// A content warning never fails open. The newsroom chunk draws the warning; while it loads,
// postquote.css hides what the warning covers (photos, videos, a poster link), and should it fail
// to load, a warned post slots none of its fallback and postquote.css writes the warning in its
// place. Built bundles, strict CSP, the chunk held back or refused.
import { expect, test } from 'vitest';
import { holdBack, servedPages, settled, strictCsp, watch } from './security/serve.js';

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
const page = (cards: string[]) => ({
  body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>warnings</title><link rel="stylesheet" href="/postquote.css"><script type="module" src="/dist/cdn/postquote.min.js"></script><body>${cards.join('\n')}</body></html>`,
  csp: strictCsp(),
});
const env = servedPages({ '/warned.html': page([...warned, labelled]) });

/** Each element's light-DOM children the reader can see, by the element's id. */
const seen = (media: boolean) =>
  Object.fromEntries(
    [...document.querySelectorAll('[id]')].map((e) => [
      e.id,
      [...e.children]
        .filter((c) => c.localName !== 'script' && (media || c.localName !== 'blockquote') && c.checkVisibility())
        .map((c) => c.localName),
    ]),
  );

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

test('when the newsroom chunk fails, a post with a warning shows only the warning, never its text or media', async () => {
  const w = await watch(env.browser);
  const { page } = w;
  await page.route(/\/dist\/cdn\/newsroom-[\w-]+\.min\.js$/, (route) => route.abort());
  await page.goto(env.server.url + '/warned.html');
  await settled(page);
  const after = await page.evaluate(seen, true);
  for (const id of ['attr', 'video', 'poster', 'json', 'sensitive']) expect(after[id], id).toEqual([]);
  // A post without a warning keeps its readable fallback.
  expect(after.label).toEqual(['blockquote']);
  const states = await page.evaluate(() =>
    [...document.querySelectorAll('[id]')].map((e) => [
      e.id,
      e.matches(':state(warned)'),
      getComputedStyle(e, '::after')
        .content.replace(/"/g, '')
        .replace(/\u00a0/g, ' '),
    ]),
  );
  expect(states).toEqual([
    ['attr', true, '⚠︎ Content warning: Graphic injuries'],
    ['video', true, '⚠︎ Content warning: Graphic injuries'],
    ['poster', true, '⚠︎ Content warning: Graphic injuries'],
    ['json', true, '⚠︎ Content warning'],
    ['sensitive', true, '⚠︎ Content warning'],
    ['label', false, 'none'],
  ]);
  expect(w.postquote.filter((m) => m.includes('chunk-unavailable'))).toHaveLength(6);
  expect(w.pageErrors).toEqual([]);
  expect(w.external).toEqual([]);
  await page.close();
});
