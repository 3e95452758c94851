// A tiny server for the security e2e suites: in-memory pages, each with its own CSP header, plus
// read-only files from dist/, demo/ (images, media), node_modules/ and postquote.css.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

export const root = resolve('.');

/** The policy from the issue, with the Trusted Types policy names a page must allow. */
export const strictCsp = (trustedTypes = 'lit-html postquote') =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "media-src 'self'",
    'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypes}`,
  ].join('; ');

export interface Served {
  url: string;
  close(): Promise<void>;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt',
};
const allowed = ['/dist/', '/demo/img/', '/demo/media/', '/tests/fixtures/img/', '/node_modules/', '/postquote.css'];

/** Builds dist/ once if a test runs without `npm test` having built it. */
export function ensureBuilt(): void {
  if (!['postquote.min.js', 'postquote.de.min.js', 'postquote.min.css'].every((f) => existsSync(join(root, 'dist/cdn', f))))
    execSync('npx rollup -c --silent', { cwd: root, stdio: 'inherit' });
}

/** Serves `pages` (path → body, with an optional CSP) and the allowed static files, on 127.0.0.1. */
export async function serve(pages: Record<string, { body: string; csp?: string; type?: string }>): Promise<Served> {
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const page = pages[path];
    if (page) {
      res.writeHead(200, {
        'Content-Type': page.type ?? types[extname(path) || '.html'] ?? types['.html'],
        'Cache-Control': 'no-store',
        ...(page.csp ? { 'Content-Security-Policy': page.csp } : {}),
      });
      res.end(page.body);
      return;
    }
    const file = normalize(join(root, decodeURIComponent(path)));
    if (!allowed.some((a) => path.startsWith(a)) || !file.startsWith(root + sep)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/**
 * For a test file: before its tests, builds dist/ if needed, serves `pages` and launches Chromium;
 * after them, closes both. Read `server` and `browser` inside the tests, once they have started.
 */
export function servedPages(pages: Parameters<typeof serve>[0]): { readonly server: Served; readonly browser: Browser } {
  const env = {} as { server: Served; browser: Browser };
  beforeAll(async () => {
    ensureBuilt();
    env.server = await serve(pages);
    env.browser = await launch();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

export interface Watched {
  page: Page;
  /** `securitypolicyviolation` events: directive and blocked URI. */
  violations: () => Promise<string[]>;
  pageErrors: string[];
  consoleErrors: string[];
  /** Console messages starting with "[postquote]". */
  postquote: string[];
  /** Requests that left 127.0.0.1 (all aborted, or fulfilled empty for consented players). */
  external: string[];
}

/**
 * A page that records everything that could go wrong: CSP violations (from an init script, which
 * the page's CSP does not govern), page errors, console errors, postquote messages, and every
 * request beyond 127.0.0.1 (aborted; the two privacy-mode players get an empty page).
 */
export async function watch(browser: Browser): Promise<Watched> {
  const page = await browser.newPage({ locale: 'en-US', timezoneId: 'UTC' });
  const w: Watched = { page, violations: async () => [], pageErrors: [], consoleErrors: [], postquote: [], external: [] };
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`.trim()));
  });
  w.violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.slice());
  page.on('pageerror', (e) => w.pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.text().startsWith('[postquote]')) w.postquote.push(m.text());
    else if (m.type() === 'error') w.consoleErrors.push(m.text());
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('http://127.0.0.1:') || url.startsWith('data:')) return route.continue();
    w.external.push(url);
    if (/^https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\//.test(url))
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>player</title>' });
    return route.abort();
  });
  return w;
}

/**
 * Resolves after two painted frames and then a task: whatever was laid out is painted, the shift it
 * caused is reported (with the frame that laid it out), and the observers' and console's records of
 * that frame are in. No fixed wait.
 */
export function painted(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r)))));
}

/** Resolves when every postquote element on the page is defined and has rendered, chunks it waits for included (or never will be). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('post-quote, tweet-quote, video-appeal')].every(
      (e) =>
        !customElements.get(e.localName) ||
        ((e as unknown as { hasUpdated?: boolean }).hasUpdated &&
          !(e as unknown as { isUpdatePending?: boolean }).isUpdatePending &&
          !e.matches(':state(pending)')),
    ),
  );
  await painted(page);
}

/**
 * `ms` pass at once for the page's animations (the fallback unfolds on CSS delays): each is moved to
 * `ms` after its start, as if the page had waited that long since its elements were styled. No timer.
 */
export const elapse = (page: Page, ms: number): Promise<void> =>
  page.evaluate((ms) => document.getAnimations().forEach((a) => (a.currentTime = ms)), ms);

/** Records every layout shift of the page from its first paint (none had input here); read them with shifts(). */
export async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const list: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = list;
    new PerformanceObserver((entries) => entries.getEntries().forEach((e) => list.push((e as unknown as { value: number }).value))).observe(
      {
        type: 'layout-shift',
        buffered: true,
      },
    );
  });
}

export const shifts = (page: Page): Promise<number[]> =>
  page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts.slice());

/** Holds back every request matching `pattern` until release(); `requested` lists the URLs held. */
export async function holdBack(page: Page, pattern: RegExp): Promise<{ release: () => void; requested: string[] }> {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const requested: string[] = [];
  await page.route(pattern, async (route) => {
    requested.push(route.request().url());
    await gate;
    await route.fallback();
  });
  return { release, requested };
}

/**
 * Loads `path` at `width` px wide, holding back the script (postquote.min.js) or the UI catalog (de, ar)
 * until the `n` elements `selector` matches wait in their fallbacks, and checks that no card then
 * changes height and that the page does not shift (the shift tests: quote-shift, video-shift, themes).
 * `images`: the fallbacks' images are loaded before the heights are taken. `tolerance`: the pixels a
 * card's height may differ by (layout rounding), and then a total shift under 0.001 passes.
 */
export async function expectNoJump(
  env: { readonly server: Served; readonly browser: Browser },
  { path, width, held, selector, n }: { path: string; width: number; held: 'catalog' | 'script'; selector: string; n: number },
  { images = false, tolerance = 0 } = {},
): Promise<void> {
  const w = await watch(env.browser);
  const { page } = w;
  await page.setViewportSize({ width, height: 8000 }); // every card in view, so any shift counts
  await recordShifts(page);
  const { release, requested } = await holdBack(
    page,
    held === 'catalog' ? /\/dist\/cdn\/(de|ar)-[\w-]+\.min\.js$/ : /\/dist\/cdn\/postquote\.min\.js$/,
  );
  const heights = (sel: string) =>
    [...document.querySelectorAll(sel)].map((e) => ({
      waiting: !customElements.get(e.localName) || e.matches(':state(pending)'),
      height: Math.round(e.getBoundingClientRect().height * 10) / 10,
    }));
  await page.goto(env.server.url + path, { waitUntil: 'commit' });
  await page.waitForFunction(([sel, count]) => document.querySelectorAll(sel).length === count, [selector, n] as const);
  if (held === 'catalog') await page.waitForFunction(() => document.querySelectorAll(':state(pending)').length > 0);
  if (images) await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  // postquote.css applied (on a busy machine a height was once taken without it: 36 px).
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].every((l) => l.sheet));
  // A painted frame with the fallbacks (a shift is measured from one): the second callback runs in the frame after it.
  await painted(page);
  const before = await page.evaluate(heights, selector);
  await expect.poll(() => requested.length).toBeGreaterThan(0); // the held request reaches the route a moment after the page makes it
  expect(before.every((b) => b.waiting)).toBe(true);
  release();
  await page.waitForFunction((sel) => [...document.querySelectorAll(sel)].every((e) => customElements.get(e.localName)), selector);
  await settled(page);
  const after = await page.evaluate(heights, selector);
  expect(after.map((a) => a.waiting)).toEqual(after.map(() => false));
  // Which cards changed height, with their heights before and after (the whole list is cut in the report).
  expect(after.flatMap((a, i) => (Math.abs(a.height - before[i].height) <= tolerance ? [] : [[i, before[i].height, a.height]]))).toEqual(
    [],
  );
  if (tolerance) expect((await shifts(page)).reduce((a, b) => a + b, 0)).toBeLessThan(0.001);
  else expect(await shifts(page)).toEqual([]);
  expect(w.pageErrors).toEqual([]);
  expect(w.external).toEqual([]);
  await page.close();
}

/** axe-core's violations on the elements `selector` matches in `page`, one line each. */
export async function axe(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  return page.evaluate(async (selector) => {
    const a = (
      window as unknown as {
        axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const r = await a.run({ include: [...document.querySelectorAll(selector)].map((e) => [e]) }, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}
