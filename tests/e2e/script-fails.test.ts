// JavaScript on, but the postquote script never arrives (a 404, an ad or script blocker, a CSP that
// refuses it, a CDN outage, a syntax error in an old browser): the elements stay undefined for good,
// and postquote.css, which keeps the card's places while the script loads, must not keep what the
// reader needs folded away for good. A few seconds on, the waiting shapes that hide words unfold;
// a script that loads (the common case) defines the elements long before, and nothing moves.
import { expect, test } from 'vitest';
import type { Page } from 'playwright';
import { axe, elapse, holdBack, painted, recordShifts, servedPages, settled, shifts, watch } from './security/serve.js';

const poster = '/demo/img/poster-live.jpg';
const transcript = `<video-appeal provider="vimeo" video-id="76979871" author="Transcript" poster="${poster}"><blockquote lang="en">Vimeo.</blockquote><div slot="transcript"><p>First line of the transcript.</p><p>Second line.</p><p>Third line.</p></div></video-appeal>`;
const textLink = `<video-appeal href="https://www.youtube.com/watch?v=M7lc1UVf-VE" author="Text link"><blockquote lang="en">A text link to the original, no poster.</blockquote><a href="https://www.youtube.com/watch?v=M7lc1UVf-VE">Watch the full video of the appeal on YouTube</a></video-appeal>`;
const warned = (author: string, warning = 'Graphic injuries: dead bodies') =>
  `<tweet-quote${author} content-warning="${warning}"><blockquote lang="en"><p>Shelling in the city centre.</p></blockquote><img slot="media" src="/demo/img/photo-testsrc2.jpg" width="800" height="450" alt="Test pattern"></tweet-quote>`;
const warnedVideo = `<video-appeal provider="youtube" video-id="M7lc1UVf-VE" author="Video" content-warning="Graphic injuries: dead bodies, shown at length in the second half of the video, with the screams of the wounded"><blockquote lang="en">Please save us.</blockquote></video-appeal>`;
const translated = (by: string) =>
  `<tweet-quote author="T"><blockquote slot="translation" lang="en"${by}>Hello world</blockquote><blockquote lang="ar" dir="rtl"><p>مرحبا بالعالم</p></blockquote></tweet-quote>`;
const body = (script: string, size = '', newsroom = true) =>
  `<!doctype html><html lang="en"${size}><head><meta charset="utf-8"><title>script fails</title><link rel="stylesheet" href="/dist/cdn/postquote.min.css">${script}</head><body><main><p>Before.</p>${transcript}<p>Between.</p>${textLink}<p>After.</p>${newsroom ? warned(' author="A"') + warned('') + warnedVideo + translated(' data-by="Desk"') + translated('') : ''}</main></body></html>`;
/** The newsroom's label and the status with its archived copy, around a quote in another language. */
const labelled = `<tweet-quote author="R" verification="disputed" verification-note="Two sources deny it" status="deleted" archive-href="https://web.archive.org/x" archived-at="2016-12-14"><blockquote lang="uk"><p>Привіт світ</p></blockquote></tweet-quote>`;
/** The same translated post and poster-led video, labelled and not: where the label stands is where the labelled one's parts move. */
const translatedLabelled = (author: string, label: string) =>
  `<tweet-quote author="${author}"${label}><blockquote slot="translation" lang="en">Hello world</blockquote><blockquote lang="uk"><p>Привіт світ</p></blockquote></tweet-quote>` +
  `<video-appeal author="V${author}" href="https://www.youtube.com/watch?v=M7lc1UVf-VE"${label}><a href="https://www.youtube.com/watch?v=M7lc1UVf-VE"><img src="${poster}" width="640" height="360" alt="Poster"></a><blockquote lang="en">Please save us.</blockquote></video-appeal>`;
/** The whole newsroom layer on one post (label, status, warning), and the status and the warning without a label. */
const layered = (dir: string) =>
  `<div${dir}><tweet-quote author="W" verification="disputed" verification-note="Two sources deny it" status="deleted" archive-href="https://web.archive.org/x" content-warning="Violence"><blockquote lang="uk"><p>Привіт світ</p></blockquote></tweet-quote>` +
  `<tweet-quote author="S" status="deleted" content-warning="Violence"><blockquote lang="uk"><p>Привіт світ</p></blockquote></tweet-quote></div>`;
const labelledPair =
  translatedLabelled('L', ' verification="unverified" verification-note="Two sources deny it"') + translatedLabelled('P', '');
/** A post and a YouTube video with a date and a link to the original: the card's footer (and a video's "play from" button). */
const dated = (tag: string, start = '') =>
  `<${tag} author="Dated" href="https://www.youtube.com/watch?v=M7lc1UVf-VE" datetime="2024-03-05T14:30:00Z"><blockquote lang="en"${start}><p>Words.</p></blockquote></${tag}>`;
const missing = '<script type="module" src="/dist/cdn/postquote-missing.min.js"></script>';
/** The bundle loaded render-blocking (README, No layout shift): the page paints nothing before it has run or failed. */
const blocking = (name: string) => `<script type="module" blocking="render" src="/dist/cdn/${name}"></script>`;
const env = servedPages({
  // The bundle's address answers 404.
  '/missing.html': { body: body('<script type="module" src="/dist/cdn/postquote-missing.min.js"></script>') },
  '/missing-large.html': {
    body: body('<script type="module" src="/dist/cdn/postquote-missing.min.js"></script>', ' style="font-size: 200%"'),
  },
  '/labelled.html': {
    body: body(missing).replace('<p>After.</p>', `<p>After.</p>${labelled}`).replace('<main>', '<main><h1>Script fails</h1>'),
  },
  '/dated.html': {
    body: body(missing).replace(
      '<p>After.</p>',
      `<p>After.</p>${dated('tweet-quote')}${dated('video-appeal')}${dated('video-appeal', ' data-start="12"')}`,
    ),
  },
  '/labelled-translated.html': {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>labelled</title><link rel="stylesheet" href="/dist/cdn/postquote.min.css">${missing}</head><body><main><h1>Labelled</h1>${labelledPair}</main></body></html>`,
  },
  '/layered.html': {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>layered</title><link rel="stylesheet" href="/dist/cdn/postquote.min.css">${missing}</head><body><main><h1>Layered</h1>${layered('')}</main></body></html>`,
  },
  '/layered-ar.html': {
    body: `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>layered</title><link rel="stylesheet" href="/dist/cdn/postquote.min.css">${missing}</head><body><main><h1>Layered</h1>${layered(' dir="rtl"')}</main></body></html>`,
  },
  '/missing-blocking.html': { body: body(blocking('postquote-missing.min.js')).replace('<p>After.</p>', `<p>After.</p>${labelled}`) },
  '/loads-blocking.html': { body: body(blocking('postquote.min.js'), '', false) },
  // Videos only: a warned post's card shows the warning in place of the text and photo, a translated one its
  // credit line; no fallback keeps those shapes before the script has run (see No layout shift).
  '/loads.html': { body: body('<script type="module" src="/dist/cdn/postquote.min.js"></script>', '', false) },
});

async function open(path: string, width = 600): Promise<Page> {
  const p = await env.browser.newPage({ locale: 'en-US', viewport: { width, height: 3000 } });
  await p.route('**/*', (r) => (r.request().url().startsWith('http://127.0.0.1:') ? r.continue() : r.abort()));
  await p.goto(env.server.url + path, { waitUntil: 'load' });
  return p;
}

/**
 * The script's few seconds pass, at once: every animation the fallback runs while it waits ends, as
 * when the delay has run out (no timer in the test).
 */
const giveUp = (p: Page) => p.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
const pseudo = (p: Page, selector: string, which: '::before' | '::after') =>
  p.$eval(selector, (el, which) => getComputedStyle(el, which).content, which);

/** Each element's boxes that cut off words, and how far its words reach past its bottom border (into the page below). */
const cut = (p: Page) =>
  p.$$eval('video-appeal:not([content-warning])', (els) =>
    els.map((el) => {
      const box = el.getBoundingClientRect();
      const kids = [...el.querySelectorAll('*')];
      const words = document.createRange();
      words.selectNodeContents(el);
      return {
        clipped: kids.filter((k) => getComputedStyle(k).overflow !== 'visible' && k.scrollHeight > k.clientHeight + 1).length,
        spill: Math.max(0, Math.round(words.getBoundingClientRect().bottom - box.bottom)),
      };
    }),
  );

test('a video transcript, clipped to one line while the script loads, can be read in full once the script has plainly failed', async () => {
  const p = await open('/missing.html');
  expect(await p.evaluate(() => customElements.get('video-appeal'))).toBeUndefined();
  // While the script could still come, the transcript keeps the card's closed summary's room.
  expect((await cut(p))[0].clipped).toBe(1);
  await elapse(p, 3500);
  expect((await cut(p))[0]).toEqual({ clipped: 0, spill: 0 });
  expect(await p.locator('video-appeal [slot="transcript"]').evaluate((t) => t.getBoundingClientRect().height)).toBeGreaterThan(60);
  await p.close();
});

test("a poster-less video's text link, drawn in the footer's room while the script loads, takes its own room once the script has failed (320 px, 200% text)", async () => {
  const p = await open('/missing-large.html', 320);
  await elapse(p, 3500);
  expect((await cut(p))[1]).toEqual({ clipped: 0, spill: 0 });
  await p.close();
});

test('a script that loads in time never sees the waiting shapes unfold: the card replaces them in place, layout shift 0', async () => {
  const w = await watch(env.browser);
  const { page } = w;
  await page.setViewportSize({ width: 600, height: 3000 });
  await recordShifts(page);
  const { release } = await holdBack(page, /\/dist\/cdn\/postquote\.min\.js$/);
  await page.goto(env.server.url + '/loads.html', { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelectorAll('video-appeal').length === 2);
  // The stylesheet applied and a frame styled with it (the fallback's animations exist from then).
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].every((l) => l.sheet));
  await painted(page);
  await elapse(page, 1500); // a slow script, still well before the fallback unfolds (no real wait: the animations moved on)
  expect((await cut(page))[0].clipped).toBe(1);
  release();
  await page.waitForFunction(() => customElements.get('video-appeal'));
  await settled(page);
  // Past the unfolding's delay (3 s from the start): anything left to unfold would unfold now, and
  // shift in the frame after.
  await elapse(page, 4000);
  await painted(page);
  expect(await shifts(page)).toEqual([]);
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  await page.close();
});

test("a video's box, kept for a player that can no longer come, folds once the script has plainly failed: no empty dark box for good", async () => {
  const p = await open('/missing.html');
  const boxes = () =>
    p.$$eval('video-appeal:not([content-warning])', (els) =>
      els.map((el) => {
        const s = getComputedStyle(el, '::before');
        return { drawn: s.backgroundImage !== 'none', height: Math.round(parseFloat(s.height) + parseFloat(s.paddingBottom)) };
      }),
    );
  // While the script could still come, each keeps the card's 16:9 player box below its header row.
  expect((await boxes()).every((b) => b.drawn && b.height > 300)).toBe(true);
  await elapse(p, 3500);
  expect((await boxes()).every((b) => !b.drawn && b.height <= 60)).toBe(true);
  await p.close();
});

/** How far each element's bottom border lies below its last words (light DOM): its padding, and any room kept blank. */
const below = (p: Page, selector: string) =>
  p.$$eval(selector, (els) =>
    els.map((el) => {
      const words = document.createRange();
      words.selectNodeContents(el);
      return Math.round(el.getBoundingClientRect().bottom - words.getBoundingClientRect().bottom);
    }),
  );

test("the footer's room, kept for a date and a link that can no longer come, folds once the script has plainly failed: no blank band for good (600 and 320 px)", async () => {
  for (const width of [600, 320]) {
    const p = await open('/dated.html', width);
    const selector = '[author="Dated"]';
    // While the script could still come, each keeps the footer's room (a line or more) below its words.
    expect((await below(p, selector)).every((gap) => gap > 40)).toBe(true);
    await elapse(p, 3500);
    // Then only what a fallback without a footer keeps, as without JavaScript: the card's padding and border (not the footer's margin).
    expect(await below(p, selector)).toEqual([13, 13, 13]);
    await p.close();
  }
});

test("the header row's room for an avatar and the line under the name, which only the card draws, goes once the script has plainly failed: the name alone, as without JavaScript", async () => {
  const p = await open('/dated.html');
  const header = () =>
    p.$$eval('[author]', (els) =>
      els.map((el) => {
        const s = getComputedStyle(el, '::before');
        return [s.paddingInlineStart, s.paddingInlineEnd, s.minHeight, s.paddingBottom].map(parseFloat);
      }),
    );
  // While the script could still come: the avatar's 48 px and its gap, nothing beside the name (no
  // badge), the avatar's height (less the line under the name, in a video's, whose box is below it),
  // and that line (the handle, the platform's icon and label: 20.3 px) in the bottom padding.
  for (const [start, end, min, bottom] of await header()) expect([start, end, min > 27, bottom >= 20.2]).toEqual([58, 0, true, true]);
  await elapse(p, 3500);
  expect(new Set((await header()).map((h) => h.join(' ')))).toEqual(new Set(['0 0 0 0']));
  await p.close();
});

test("a YouTube or Vimeo video's consent notice, whose room is kept while the script could come, leaves no blank gap once the script has plainly failed: there is no player to warn of", async () => {
  const p = await open('/missing.html');
  const notice = () =>
    p.$$eval('video-appeal:not([content-warning])', (els) =>
      els.map((el) => {
        const s = getComputedStyle(el, '::after');
        return s.display === 'none' ? 0 : Math.round(parseFloat(s.height) + parseFloat(s.marginTop));
      }),
    );
  // While the script could still come: the notice's room, its words unseen.
  expect((await notice()).every((h) => h > 30)).toBe(true);
  await elapse(p, 3500);
  expect(await notice()).toEqual([0, 0]);
  await p.close();
});

test('a content warning, which the card would show, is written before the text and photo once the script has plainly failed, also for screen readers', async () => {
  const p = await open('/missing.html');
  const quotes = p.locator('[content-warning]');
  // While the script could still come, the fallback keeps the card's header row: the name alone.
  expect(await quotes.first().ariaSnapshot()).not.toContain('Content warning');
  await elapse(p, 3500);
  for (const [i, name] of ['A', '', 'Video'].entries()) {
    const tree = await quotes.nth(i).ariaSnapshot();
    const [warning, text] = ['Content warning: Graphic injuries: dead bodies', i === 2 ? 'Please save us.' : 'Shelling'].map((s) =>
      tree.indexOf(s),
    );
    expect(warning, tree).toBeGreaterThan(-1);
    expect(warning, tree).toBeLessThan(text);
    if (name) expect(tree.indexOf(name), tree).toBeLessThan(warning);
  }
  // Seen above the text, within the card's box, never under the video's dark box.
  const seen = await quotes.evaluateAll((els) =>
    els.map((el) => {
      const header = getComputedStyle(el, '::before');
      const quote = el.querySelector('blockquote')!.getBoundingClientRect();
      return { wraps: header.whiteSpace, headerAbove: el.getBoundingClientRect().top < quote.top, color: header.color };
    }),
  );
  expect(seen.every((s) => s.wraps === 'pre-line' && s.headerAbove)).toBe(true);
  await p.close();
});

test("the newsroom's translation, shown above the original as in the card, is credited once the script has plainly failed, so that no reader takes it for the author's words", async () => {
  const p = await open('/missing.html');
  const quotes = p.locator('tweet-quote[author="T"]');
  expect(await quotes.first().ariaSnapshot()).not.toContain('Translation');
  await elapse(p, 3500);
  for (const [i, credit] of ['Translation: Desk', 'Newsroom translation'].entries()) {
    const tree = await quotes.nth(i).ariaSnapshot();
    expect(tree.indexOf(credit), tree).toBeGreaterThan(-1);
    expect(tree.indexOf(credit), tree).toBeLessThan(tree.indexOf('Hello world'));
  }
  await p.close();
});

test("once the script has plainly failed, the newsroom's label and the status are seen and read before the quote, not as its words, and the archived copy gives its address", async () => {
  const p = await open('/labelled.html');
  const quote = p.locator('tweet-quote[author="R"] > blockquote');
  // While the script could still come: the card's places (the card links the archived copy).
  expect(await pseudo(p, 'tweet-quote[author="R"] > blockquote', '::after')).not.toContain('https://');
  await giveUp(p);
  // Inside the blockquote a screen reader would read them as the author's words, in Ukrainian.
  expect(await quote.ariaSnapshot()).not.toMatch(/Disputed|deny|deleted|Archived|archive\.org/);
  const tree = await p.locator('tweet-quote[author="R"]').ariaSnapshot();
  const at = [
    'R',
    'Disputed',
    'Two sources deny it',
    'This post has since been deleted.',
    'Archived copy of 2016-12-14',
    'web.archive.org/x',
    'Привіт світ',
  ].map((s) => tree.indexOf(s));
  expect(at[0], tree).toBeGreaterThan(-1);
  expect(at, tree).toEqual([...at].sort((a, b) => a - b));
  expect(await pseudo(p, 'tweet-quote[author="R"]', '::after')).toContain(
    'This post has since been deleted. Archived copy of 2016-12-14 (\u2068https://web.archive.org/x\u2069)',
  );
  // The label and the status seen where the card has them, below the name (the element's ::after, see below), out of the quote's box.
  expect(await pseudo(p, 'tweet-quote[author="R"] > blockquote', '::before')).toBe('none');
  expect(await pseudo(p, 'tweet-quote[author="R"] > blockquote', '::after')).toBe('none');
  expect(await p.$eval('tweet-quote[author="R"]', (el) => getComputedStyle(el, '::after').listStyleType)).toContain('Disputed');
  expect(await axe(p, 'tweet-quote[author="R"]')).toEqual([]);
  await p.close();
});

test("once the script has plainly failed, the newsroom's label stands where the card has it: below the name, above the translation and a video's poster, out of the quote's box", async () => {
  const p = await open('/labelled-translated.html');
  await giveUp(p);
  const at = (author: string) =>
    p.$eval(`[author="${author}"]`, (el) => {
      const top = el.getBoundingClientRect().top;
      const first = el.querySelector(':scope > :is(blockquote[slot], a)')!.getBoundingClientRect();
      return {
        first: Math.round(first.top - top),
        quote: Math.round(el.querySelector(':scope > blockquote:not([slot])')!.getBoundingClientRect().height),
      };
    });
  for (const [labelled, plain] of [
    ['L', 'P'],
    ['VL', 'VP'],
  ]) {
    const [l, u] = [await at(labelled), await at(plain)];
    // The quote's box holds the author's words alone, as the unlabelled quote's does (it held the label, under the translation).
    expect(l.quote, labelled).toBe(u.quote);
    // The translation (the poster) starts lower by the label's box: two lines, its padding and its margin.
    expect(l.first - u.first, labelled).toBeGreaterThan(40);
  }
  expect(await axe(p, '[author]')).toEqual([]);
  await p.close();
});

test("the newsroom's label is in its colour and its note in the text's, as in the card, while the script could come and once it has failed", async () => {
  const p = await open('/labelled-translated.html');
  /** The label box's text and edge colours, and how many pixels of the edge's colour (the label's) its words have. */
  const looks = async (failed: boolean) => {
    const el = p.locator('tweet-quote[author="L"]');
    const box = await el.evaluate((el, failed) => {
      const s = failed
        ? getComputedStyle(el, '::after')
        : getComputedStyle(el.querySelector(':scope > blockquote:not([slot])')!, '::before');
      const r = el.getBoundingClientRect();
      const original = el.querySelector(':scope > blockquote:not([slot])')!.getBoundingClientRect();
      return {
        color: s.color,
        edge: s.borderInlineStartColor,
        text: getComputedStyle(el).color,
        // The box's rows (below the name once failed, at the top of the original's set-off before), past its 4 px edge.
        clip: {
          x: r.left + 1 + 12 + 4 + 2 + (failed ? 0 : 14),
          y: failed ? r.top : original.top,
          width: r.width - 40,
          height: failed ? 110 : 60,
        },
      };
    }, failed);
    const png = (await p.screenshot({ clip: box.clip })).toString('base64');
    const ink = await p.evaluate(
      async ({ png, label }) => {
        const [r, g, b] = label.match(/\d+/g)!.map(Number);
        const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
        const c = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
        c.drawImage(img, 0, 0);
        const d = c.getImageData(0, 0, img.width, img.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - r) + Math.abs(d[i + 1] - g) + Math.abs(d[i + 2] - b) < 60) n++;
        return n;
      },
      { png, label: box.edge },
    );
    return { ...box, ink };
  };
  for (const failed of [false, true]) {
    if (failed) await giveUp(p);
    const l = await looks(failed);
    expect(l.color, `failed: ${failed}`).toBe(l.text);
    expect(l.edge, `failed: ${failed}`).not.toBe(l.text);
    expect(l.ink, `failed: ${failed}`).toBeGreaterThan(30);
  }
  expect(await axe(p, 'tweet-quote')).toEqual([]);
  await p.close();
});

test("once the script has plainly failed, the newsroom's layer is in the card's order, out of the quote's box: name, label, status, then the warning, seen and heard (light and dark, LTR and RTL, 320 and 600 px)", async () => {
  for (const [path, words] of [
    ['/layered.html', ['Disputed', 'Two sources deny it', 'This post has since been deleted.', 'Content warning: Violence']],
    ['/layered-ar.html', ['موضع خلاف', 'Two sources deny it', 'حُذف هذا المنشور لاحقًا.', 'تحذير من المحتوى: Violence']],
  ] as const) {
    for (const width of [600, 320]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const p = await open(path, width);
        await p.emulateMedia({ colorScheme });
        await giveUp(p);
        const where = `${path} ${width} ${colorScheme}`;
        for (const [author, label] of [
          ['W', true],
          ['S', false],
        ] as const) {
          const at = await p.$eval(`[author="${author}"]`, (el) => {
            const [before, after] = [getComputedStyle(el, '::before'), getComputedStyle(el, '::after')];
            const quote = el.querySelector('blockquote')!;
            const h = (s: CSSStyleDeclaration) =>
              s.display === 'none'
                ? 0
                : parseFloat(s.height) + parseFloat(s.marginTop) + parseFloat(s.paddingTop) + parseFloat(s.paddingBottom);
            return {
              name: before.content.split(' / ')[0],
              heard: before.content,
              layer: `${after.listStyleType} ${after.content}`,
              inQuote: [getComputedStyle(quote, '::before').content, getComputedStyle(quote, '::after').content],
              // Name and layer both stand above the quote's text: the quote starts below their boxes.
              above:
                quote.getBoundingClientRect().top - el.getBoundingClientRect().top - 1 - parseFloat(getComputedStyle(el).paddingTop) >=
                h(before) + h(after) - 1,
              order: [Number(before.order), Number(after.order)],
            };
          });
          // Seen: the name alone in the header row, then one box below it with the label, its note, the status, the warning, in that order.
          expect(at.name, where).toBe(`"${author}"`);
          const seen = (label ? words : words.slice(2)).map((w) => at.layer.indexOf(w));
          expect(seen[0], `${where} ${at.layer}`).toBeGreaterThan(-1);
          expect(seen, `${where} ${at.layer}`).toEqual([...seen].sort((a, b) => a - b));
          if (!label) expect(at.layer, where).not.toContain(words[0]);
          // Out of the quote's box, above the text.
          expect(at.inQuote, where).toEqual(['none', 'none']);
          expect(at.above, where).toBe(true);
          expect(at.order[0], where).toBeLessThanOrEqual(at.order[1]);
          // Heard in the same order, before the quote.
          const tree = await p.locator(`[author="${author}"]`).ariaSnapshot();
          const heard = [author, ...(label ? words : words.slice(2)), 'Привіт світ'].map((w) => tree.indexOf(w));
          expect(heard[0], tree).toBeGreaterThan(-1);
          expect(heard, `${where}\n${tree}`).toEqual([...heard].sort((a, b) => a - b));
        }
        expect(await axe(p, 'tweet-quote'), where).toEqual([]);
        await p.close();
      }
    }
  }
});

test("a warned post's photo is never shown before its warning: held back while the script could come, shown below the warning once it has failed", async () => {
  const p = await open('/missing.html');
  const photos = () => p.$$eval('tweet-quote[content-warning] > img', (imgs) => imgs.map((i) => i.getBoundingClientRect().height));
  expect(await photos()).toEqual([0, 0]);
  expect(await p.locator('[content-warning]').first().ariaSnapshot()).not.toContain('Test pattern');
  await giveUp(p);
  expect((await photos()).every((h) => h > 0)).toBe(true);
  const tree = await p.locator('[content-warning]').first().ariaSnapshot();
  expect(tree.indexOf('Content warning'), tree).toBeGreaterThan(-1);
  expect(tree.indexOf('Content warning'), tree).toBeLessThan(tree.indexOf('Test pattern'));
  await p.close();
});

test('on a page that loads the script render-blocking, what a failed script would leave folded unfolds at the first paint, not seconds on', async () => {
  // No animation finished and no waiting: the page has just loaded.
  const p = await open('/missing-blocking.html');
  expect(await p.evaluate(() => customElements.get('video-appeal'))).toBeUndefined();
  expect((await cut(p))[0]).toEqual({ clipped: 0, spill: 0 });
  expect(await p.locator('[content-warning]').first().ariaSnapshot()).toContain('Content warning: Graphic injuries: dead bodies');
  expect(await p.$$eval('tweet-quote[content-warning] > img', (imgs) => imgs.map((i) => i.getBoundingClientRect().height > 0))).toEqual([
    true,
    true,
  ]);
  expect(await p.locator('tweet-quote[author="T"]').first().ariaSnapshot()).toContain('Translation: Desk');
  expect(await pseudo(p, 'tweet-quote[author="R"]', '::after')).toContain('(\u2068https://web.archive.org/x\u2069)');
  expect(await p.locator('tweet-quote[author="R"] > blockquote').ariaSnapshot()).not.toMatch(/Disputed|deleted/);
  await p.close();
});

test('render-blocking, a script that loads, however late, runs before the first paint: no waiting shape unfolds, layout shift 0', async () => {
  const w = await watch(env.browser);
  const { page } = w;
  await page.setViewportSize({ width: 600, height: 3000 });
  await recordShifts(page);
  // Whether the elements were defined at the first frame the page rendered.
  await page.addInitScript(() =>
    requestAnimationFrame(
      () => ((window as unknown as { definedAtFirstFrame: boolean }).definedAtFirstFrame = !!customElements.get('video-appeal')),
    ),
  );
  const { release, requested } = await holdBack(page, /\/dist\/cdn\/postquote\.min\.js$/);
  await page.goto(env.server.url + '/loads-blocking.html', { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelectorAll('video-appeal').length === 2);
  await expect.poll(() => requested.length).toBe(1); // the request reaches the route a moment after the parser met the tag
  release();
  await page.waitForFunction(() => customElements.get('video-appeal'));
  await settled(page);
  expect(await page.evaluate(() => (window as unknown as { definedAtFirstFrame?: boolean }).definedAtFirstFrame)).toBe(true);
  expect(await shifts(page)).toEqual([]);
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  await page.close();
});
