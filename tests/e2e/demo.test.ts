// Every demo page, served under the demo's strict CSP: renders, logs no errors, requests nothing
// beyond 127.0.0.1; the no-JS page shows its quotes from the light DOM alone.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright';
import { startServer } from '../../scripts/serve.mjs';
import { launch } from './security/serve.js';

let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  server = await startServer({ port: 0, root: process.cwd() });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pages = readdirSync('demo').filter((f) => f.endsWith('.html'));

async function open(path: string) {
  const page = await browser.newPage();
  const external: string[] = [];
  const problems: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('http://127.0.0.1:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    external.push(url);
    return route.abort();
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()} ${m.location().url}`);
  });
  await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('post-quote, tweet-quote, video-appeal')].every(
      (e) => !customElements.get(e.localName) || (e as unknown as { hasUpdated?: boolean }).hasUpdated,
    ),
  );
  return { page, external, problems };
}

describe('demo pages', () => {
  test('there are scenario pages', () => expect(pages.length).toBeGreaterThanOrEqual(6));

  for (const file of pages)
    test(`${file}: nothing beyond 127.0.0.1, no page errors`, async () => {
      const { page, external, problems } = await open(`/demo/${file}`);
      expect(external).toEqual([]);
      // CSP refusals of pasted platform scripts are expected on the embed-code page and are the point of it.
      expect(problems.filter((p) => !(file === 'x-embed.html' && /widgets\.js|Content Security Policy/.test(p)))).toEqual([]);
      // Nothing widens a 320 px phone screen (the cards, and the demo's own prose and code).
      await page.setViewportSize({ width: 320, height: 800 });
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > 321)
          .map((e) => `${e.localName}.${e.className}`),
      );
      expect(wide).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.close();
    });

  // The built bundle's template minifier drops a template's leading whitespace: the label's words
  // must still read apart ("…by phone. Verification desk, …"), as they do in the source templates.
  test('gallery: the verification labels read as text: label, note, then who checked and when', async () => {
    const { page } = await open('/demo/gallery.html');
    await page.waitForFunction(() =>
      document.querySelector('post-quote[verification-note]')?.shadowRoot?.querySelector('[part~="verification"]'),
    );
    const label = await page.$eval('post-quote[verification-note]', (el) =>
      el.shadowRoot!.querySelector('[part~="verification"]')!.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(label).toBe('Verified by the newsroom Confirmed with the author by phone. Verification desk, Mar 6, 2024');
    await page.close();
  });

  test('the article renders its tweets in German with the original text in English', async () => {
    const { page } = await open('/demo/index.html');
    const cards = await page.$$eval('tweet-quote', (els) =>
      els.map((el) => ({
        card: Boolean(el.shadowRoot?.querySelector('[part~="card"]')),
        lang: el.shadowRoot?.querySelector('[part~="card"]')?.getAttribute('lang'),
        text: el.shadowRoot?.querySelector('[part~="text"]')?.getAttribute('lang'),
      })),
    );
    expect(cards.length).toBeGreaterThanOrEqual(2);
    for (const c of cards) expect(c).toEqual({ card: true, lang: 'de', text: 'en' });
    await page.close();
  });

  test('without JavaScript the quotes are visible text', async () => {
    const { page, external } = await open('/demo/no-js.html');
    expect(await page.evaluate(() => customElements.get('post-quote'))).toBeUndefined();
    const visible = await page.$$eval(
      'post-quote > blockquote, tweet-quote > blockquote',
      (els) => els.filter((e) => (e as HTMLElement).offsetHeight > 0).length,
    );
    expect(visible).toBeGreaterThan(0);
    // The newsroom's label reaches no-JS readers as text, from postquote.css.
    // (The label is the box's list marker, in the label's colour; the note, if any, its words.)
    const label = await page.$eval(
      'tweet-quote[verification] > blockquote:not([slot])',
      (b) => getComputedStyle(b, '::before').listStyleType,
    );
    expect(label).toBe('"Not independently verified"');
    expect(external).toEqual([]);
    await page.close();
  });

  test("arabic.html: the English post keeps the card's line height (1.45), not the page's taller one for Arabic, in the card and without JavaScript", async () => {
    const { page } = await open('/demo/arabic.html');
    const english = 'tweet-quote:has(> blockquote[lang="en"])';
    /** Line height over font size, of the card's text and of the page's first paragraph of prose. */
    const [card, prose] = await page.$eval(english, (el) =>
      [el.shadowRoot!.querySelector('.text')!, document.querySelector('main p')!].map((e) => {
        const s = getComputedStyle(e);
        return Math.round((parseFloat(s.lineHeight) / parseFloat(s.fontSize)) * 100) / 100;
      }),
    );
    await page.close();
    const noJs = await browser.newPage({ javaScriptEnabled: false });
    await noJs.goto(new URL('/demo/arabic.html', server.url).href, { waitUntil: 'load' });
    const fallback = await noJs.$eval(`${english} > blockquote`, (b) => {
      const s = getComputedStyle(b);
      return Math.round((parseFloat(s.lineHeight) / parseFloat(s.fontSize)) * 100) / 100;
    });
    await noJs.close();
    // The page's own Arabic prose keeps its taller lines.
    expect({ card, fallback, prose }).toEqual({ card: 1.45, fallback: 1.45, prose: 1.75 });
  });

  test('side by side (1280 px), each card starts level with its markup panel', async () => {
    for (const file of ['states.html', 'arabic.html', 'video-youtube.html']) {
      const { page } = await open(`/demo/${file}`);
      await page.setViewportSize({ width: 1280, height: 800 });
      const gaps = await page.$$eval('.scenario-body', (bodies) =>
        bodies
          .filter(
            (b) => b.querySelector('.scenario-markup') && b.querySelector('.scenario-live > :is(post-quote, tweet-quote, video-appeal)'),
          )
          .map((b) => {
            const card = b.querySelector('.scenario-live > :is(post-quote, tweet-quote, video-appeal)')!;
            const box = (card.shadowRoot?.querySelector('figure, .card') ?? card).getBoundingClientRect();
            return Math.round((box.top - b.querySelector('.scenario-markup')!.getBoundingClientRect().top) * 10) / 10;
          }),
      );
      expect(gaps.length, file).toBeGreaterThan(0);
      expect(
        gaps.filter((g) => Math.abs(g) > 0.5),
        file,
      ).toEqual([]);
      await page.close();
    }
  });

  for (const file of ['states.html', 'arabic.html'])
    test(`${file}: at 320 px a markup panel's long line keeps its indent, and no line is left blank before it`, async () => {
      const { page } = await open(`/demo/${file}`);
      await page.setViewportSize({ width: 320, height: 800 });
      // Each indented source line: is its first word on the same visual line as its indent, and right of the panel's edge?
      const lines = await page.$$eval('.scenario-markup code', (codes) =>
        codes.flatMap((code) => {
          const text = code.firstChild as Text;
          const edge = code.getBoundingClientRect().left;
          const at = (i: number) => {
            const r = document.createRange();
            r.setStart(text, i);
            r.setEnd(text, i + 1);
            return r.getClientRects()[0];
          };
          const out: { line: string; sameLine: boolean; indented: boolean }[] = [];
          for (const m of text.data.matchAll(/^( +)(\S)/gm)) {
            const i = m.index ?? 0;
            const [space, word] = [at(i), at(i + m[1].length)];
            out.push({
              line: text.data.slice(i, i + 40),
              sameLine: Math.abs(space.top - word.top) < 2,
              indented: word.left > edge + 4,
            });
          }
          return out;
        }),
      );
      expect(lines.length).toBeGreaterThan(10);
      expect(lines.filter((l) => !l.sameLine || !l.indented)).toEqual([]);
      await page.close();
    });
});
