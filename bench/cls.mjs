// CLS only, fast: loads postquote's bench pages with the bundle included in different ways and
// prints the cumulative layout shift and what moved. Layout does not depend on timing, so a few
// runs suffice; this does not replace bench/run.mjs and writes no results.
//
//   node bench/cls.mjs [--n 1,10,100] [--runs 2] [--only pq-markup,pq-json,video-appeal]
//                      [--setups plain,blocking] [--image-delay 100] [--chunk-delay 0] [--settle 500]
//
// Setups ending in -de put lang="de" on <html>, so the cards' UI text needs the German catalog, an
// on-demand chunk; --chunk-delay holds back every dist/cdn file but the entry by that many ms.
import { chromium } from 'playwright';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { byId, renderPage } from './lib/pages.mjs';
import { startServer } from './lib/server.mjs';
import { isLocal, thirdPartyHandler } from './lib/network.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const list = (s) =>
  String(s)
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const ns = list(opt('n', '1,10,100')).map(Number);
const runs = Number(opt('runs', 2));
const ids = list(opt('only', 'pq-markup,pq-json,video-appeal'));
const imageDelay = Number(opt('image-delay', 100));
const settleMs = Number(opt('settle', 500));
const chunkDelay = Number(opt('chunk-delay', 0));

const bundle = '/dist/cdn/postquote.min.js';
const css = '<link rel="stylesheet" href="/dist/cdn/postquote.min.css">';
/** How the page includes postquote: the <head> markup that replaces the contender's own. */
const setups = {
  plain: `${css}<script type="module" src="${bundle}"></script>`,
  blocking: `${css}<script type="module" blocking="render" src="${bundle}"></script>`,
  'no-css': `<script type="module" src="${bundle}"></script>`,
  'blocking-no-css': `<script type="module" blocking="render" src="${bundle}"></script>`,
};
for (const s of ['plain', 'blocking']) setups[`${s}-de`] = setups[s];
const chosen = list(opt('setups', 'plain,blocking'));
for (const s of chosen) if (!setups[s]) throw new Error(`unknown setup ${s}; one of ${Object.keys(setups).join(', ')}`);

const page = (id, n, setup) => {
  const c = byId.get(id);
  const html = renderPage(id, n);
  if (!html.includes(c.head)) throw new Error(`${id}: head not found in page`);
  const out = html.replace(c.head, setups[setup]);
  return setup.endsWith('-de') ? out.replace('<html lang="en">', '<html lang="de">') : out;
};
const server = await startServer({
  root,
  imageDelay,
  renderPage: (name, n) => {
    const m = /^(.+)--(.+)$/.exec(name);
    return m && byId.has(m[1]) && setups[m[2]] ? page(m[1], n, m[2]) : undefined;
  },
});
// The server's page route takes [\w-]+; setups are joined with "--".
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
console.log(`Chromium ${browser.version()}; runs ${runs}; image delay ${imageDelay} ms; chunk delay ${chunkDelay} ms`);

async function measure(id, n, setup) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, serviceWorkers: 'block' });
  await context.route((url) => !isLocal(url.href), thirdPartyHandler({ imageDelay, onThirdParty: () => {} }));
  if (chunkDelay)
    await context.route(
      (url) => url.pathname.startsWith('/dist/cdn/') && url.pathname !== bundle,
      async (route) => {
        await new Promise((r) => setTimeout(r, chunkDelay));
        await route.continue();
      },
    );
  const p = await context.newPage();
  const failed = [];
  p.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${new URL(r.url()).pathname}`));
  try {
    await p.goto(`${server.origin}/bench/page/${id}--${setup}?n=${n}`, { waitUntil: 'domcontentloaded' });
    await p.evaluate(() => window.__bench.done);
    await p.waitForLoadState('networkidle');
    await p.waitForTimeout(settleMs);
    const m = await p.evaluate(() => ({
      cls: window.__bench.cls,
      shifts: window.__bench.shifts,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      rendered: window.__bench.renderedAt,
    }));
    return { ...m, failed };
  } finally {
    await context.close();
  }
}

const rows = [];
for (const n of ns)
  for (const id of ids)
    for (const setup of chosen) {
      const rs = [];
      for (let r = 0; r < runs; r++) rs.push(await measure(id, n, setup));
      const worst = rs.reduce((w, r) => (r.cls > w.cls ? r : w));
      rows.push({ id, n, setup, cls: rs.map((r) => r.cls.toFixed(3)).join(' '), fcp: worst.fcp, rendered: worst.rendered });
      console.log(
        `${id.padEnd(13)} N=${String(n).padEnd(4)} ${setup.padEnd(16)} CLS ${rs.map((r) => r.cls.toFixed(3)).join(' ')}` +
          `  FCP ${worst.fcp?.toFixed(0)} ms, all rendered ${worst.rendered?.toFixed(0)} ms` +
          (worst.failed.length ? `  HTTP errors: ${worst.failed.join(', ')}` : '') +
          (worst.shifts.length
            ? `\n    first shift at ${worst.shifts[0].t} ms (${worst.shifts.length} shifts): ${worst.shifts[0].moved?.join('; ')}`
            : ''),
      );
    }
await browser.close();
await server.close();
