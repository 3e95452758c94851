// Does render stay blocked in this Chromium for (a) a `<script type="module" blocking="render">`
// whose evaluation awaits a dynamic import at top level, and (b) `<link rel="modulepreload">` of
// a chunk (with and without blocking="render")? Each variant is a tiny page whose chunk is served
// CHUNK_DELAY ms late; the page records when the chunk evaluated, when the main module finished,
// the first requestAnimationFrame and first-contentful-paint. Render was blocked until the chunk
// evaluated (or, for a chunk that is only preloaded, arrived) iff FCP and the first rAF come after it.
//
//   node bench/probes/render-blocking.mjs [--delay 1500] [--runs 2]
import { createServer } from 'node:http';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const delay = Number(opt('delay', 1500));
const runs = Number(opt('runs', 2));

const chunk = `window.__t.chunk = performance.now(); export const catalog = { hello: 'Hallo' };`;
const mains = {
  tla: `const { catalog } = await import('/chunk.js'); document.querySelector('h1').textContent = catalog.hello; window.__t.main = performance.now();`,
  'no-await': `import('/chunk.js').then(({ catalog }) => { document.querySelector('h1').textContent = catalog.hello; }); window.__t.main = performance.now();`,
  static: `import { catalog } from '/chunk.js'; document.querySelector('h1').textContent = catalog.hello; window.__t.main = performance.now();`,
  // A static import of a module that itself awaits the chunk at top level.
  'nested-tla': `import { catalog } from '/tla-dep.js'; document.querySelector('h1').textContent = catalog.hello; window.__t.main = performance.now();`,
};
const tlaDep = `const m = await import('/chunk.js'); export const catalog = m.catalog;`;

/** The variants: what the <head> holds besides the timing script. */
const variants = {
  'module, no blocking, TLA (control)': `<script type="module" src="/main.js?v=tla"></script>`,
  'blocking=render, no await (control)': `<script type="module" blocking="render" src="/main.js?v=no-await"></script>`,
  'blocking=render, static import': `<script type="module" blocking="render" src="/main.js?v=static"></script>`,
  '(a) blocking=render, top-level await import()': `<script type="module" blocking="render" src="/main.js?v=tla"></script>`,
  '(a) blocking=render, static import of a TLA module': `<script type="module" blocking="render" src="/main.js?v=nested-tla"></script>`,
  '(b) modulepreload only': `<link rel="modulepreload" href="/chunk.js">`,
  '(b) modulepreload blocking=render': `<link rel="modulepreload" blocking="render" href="/chunk.js">`,
  '(b) modulepreload + blocking=render TLA script': `<link rel="modulepreload" href="/chunk.js"><script type="module" blocking="render" src="/main.js?v=tla"></script>`,
  '(b) modulepreload + blocking=render script, no await': `<link rel="modulepreload" href="/chunk.js"><script type="module" blocking="render" src="/main.js?v=no-await"></script>`,
};
const names = Object.keys(variants);

const page = (head) => `<!doctype html><html lang="de"><head><meta charset="utf-8">
<script>
  window.__t = { raf: null, fcp: null, dcl: null };
  requestAnimationFrame(() => (window.__t.raf = performance.now()));
  new PerformanceObserver((l) => l.getEntries().forEach((e) => e.name === 'first-contentful-paint' && (window.__t.fcp = e.startTime))).observe({ type: 'paint', buffered: true });
  document.addEventListener('DOMContentLoaded', () => (window.__t.dcl = performance.now()));
</script>
${head}
</head><body><h1>fallback text, painted before the chunk if render is not blocked</h1></body></html>`;

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const js = (body) => {
    res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
    res.end(body);
  };
  if (url.pathname === '/chunk.js') {
    await new Promise((r) => setTimeout(r, delay));
    return js(chunk);
  }
  if (url.pathname === '/main.js') return js(mains[url.searchParams.get('v')]);
  if (url.pathname === '/tla-dep.js') return js(tlaDep);
  const i = Number(url.pathname.slice(1));
  if (url.pathname.length > 1 && names[i]) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    return res.end(page(variants[names[i]]));
  }
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
console.log(`Chromium ${browser.version()}; chunk served ${delay} ms late; times in ms from navigation start`);

const f = (x) => (x == null ? '—' : x.toFixed(0).padStart(5));
for (const [i, name] of names.entries()) {
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(`${origin}/${i}`, { waitUntil: 'load' });
    await p.waitForTimeout(delay + 700);
    const t = await p.evaluate(() => ({
      ...window.__t,
      arrived: performance.getEntriesByType('resource').find((e) => e.name.endsWith('/chunk.js'))?.responseEnd ?? null,
    }));
    await context.close();
    // Evaluated chunks: blocked until evaluation; preloaded-only chunks: blocked until arrival.
    const until = t.chunk ?? t.arrived;
    const blocked = until != null && t.fcp != null && t.fcp >= until;
    console.log(
      `${name.padEnd(56)} chunk arrived ${f(t.arrived)} evaluated ${f(t.chunk)}  main done ${f(t.main)}  DCL ${f(t.dcl)}  first rAF ${f(t.raf)}  FCP ${f(t.fcp)}  ` +
        `→ render ${blocked ? 'BLOCKED until the chunk' : 'not blocked'}`,
    );
  }
}
await browser.close();
server.close();
