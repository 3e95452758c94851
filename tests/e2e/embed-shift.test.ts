// Pasted embed codes do not shift the page: while the embed-code reader (an on-demand chunk) is on
// its way, postquote.css keeps each fallback in the card's exact height, so the card replaces it
// in place. Every recorded X embed code and the Bluesky one, at 600 and 360 px, built bundle,
// strict CSP; the chunks are held back until the pending heights are measured.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser } from 'playwright';
import { ensureBuilt, launch, serve, settled, strictCsp, watch, type Served } from './security/serve.js';

const dir = 'tests/fixtures/x-embeds';
const embeds = [
  ...readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `<tweet-quote>${readFileSync(`${dir}/${f}`, 'utf8')}</tweet-quote>`),
  `<post-quote>${readFileSync('tests/fixtures/platforms/bluesky-embed-kaspth-2025.html', 'utf8')}</post-quote>`,
];
const paragraph = '<p>Der Bericht rund um den zitierten Beitrag, wie ihn ein Artikel hätte.</p>';

let server: Served;
let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  server = await serve({
    '/embeds.html': {
      body: `<!doctype html><html lang="de"><meta charset="utf-8"><title>embeds</title><link rel="stylesheet" href="/postquote.css"><script type="module" blocking="render" src="/dist/cdn/postquote.de.min.js"></script><body>${embeds.map((e) => paragraph + e).join('\n')}${paragraph}</body></html>`,
      csp: strictCsp(),
    },
  });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const heights = () =>
  [...document.querySelectorAll('tweet-quote, post-quote')].map((e) => ({
    pending: e.matches(':state(pending)'),
    height: Math.round(e.getBoundingClientRect().height * 10) / 10,
  }));

for (const width of [600, 360])
  test(`${embeds.length} pasted embed codes at ${width} px: the card takes the fallback's place, layout shift 0`, async () => {
    const w = await watch(browser);
    const { page } = w;
    await page.setViewportSize({ width, height: 8000 }); // every card in view, so any shift counts
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as unknown as { value: number }).value))).observe({
        type: 'layout-shift',
        buffered: true,
      });
    });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const requested: string[] = [];
    await page.route(/\/dist\/cdn\/(embed-code|bluesky)-[\w-]+\.min\.js$/, async (route) => {
      requested.push(route.request().url());
      await held;
      await route.fallback();
    });
    await page.goto(server.url + '/embeds.html');
    await page.waitForFunction(() => document.querySelectorAll(':state(pending)').length > 0);
    await page.waitForTimeout(100); // a painted frame with the fallbacks
    const before = await page.evaluate(heights);
    expect(before.every((b) => b.pending)).toBe(true);
    release();
    await settled(page);
    const after = await page.evaluate(heights);
    expect(after.every((a) => !a.pending)).toBe(true);
    expect(requested.length).toBeGreaterThan(0);
    expect(after.map((a) => a.height)).toEqual(before.map((b) => b.height));
    expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
    // Every card rendered from its embed code: the handle is in the header.
    const handles = await page.$$eval('tweet-quote, post-quote', (els) =>
      els.map((e) => e.shadowRoot?.querySelector('[part~="handle"]')?.textContent ?? ''),
    );
    expect(handles.every((h) => h.startsWith('@'))).toBe(true);
    expect(w.pageErrors).toEqual([]);
    expect(w.external).toEqual([]);
    await page.close();
  });
