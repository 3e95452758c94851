// The bench runner: loads every contender's page at N = 1, 10, 100, 1000 embeds in one Chromium,
// interleaved (A B C … A B C …), and writes bench/results/latest.json plus the README section.
//
//   node bench/run.mjs [--runs 5] [--quick] [--n 1,10,100,1000] [--video-n 1,10,100]
//                      [--only id,id] [--settle 500] [--image-delay 100] [--cpu-throttle 1]
//                      [--bundle path/to/postquote.min.js] [--out file.json] [--no-readme]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';
import os from 'node:os';
import { execSync } from 'node:child_process';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { contenders as allContenders, postquoteSetup, renderPage } from './lib/pages.mjs';
import { startServer, fileFor } from './lib/server.mjs';
import { isLocal, thirdPartyHandler } from './lib/network.mjs';
import { summarize } from './lib/stats.mjs';
import { analyze, printReport, writeReadme } from './report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// ---- options -------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const list = (s) =>
  String(s)
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const quick = flag('quick');
const options = {
  quick,
  runs: Number(opt('runs', quick ? 3 : 5)),
  ns: list(opt('n', quick ? '1,10,100' : '1,10,100,1000')).map(Number),
  // Video facades stop at N=100 by default to keep a full run under ~10 minutes on 2 cores.
  videoNs: list(opt('video-n', '1,10,100')).map(Number),
  only: flag('only') ? list(opt('only', '')) : null,
  settleMs: Number(opt('settle', 500)),
  imageDelayMs: Number(opt('image-delay', 100)),
  cpuThrottle: Number(opt('cpu-throttle', 1)),
  bundle: opt('bundle', null),
  out: opt('out', join(root, 'bench/results/latest.json')),
  readme: !flag('no-readme'),
  viewport: { width: 1280, height: 800 },
};
const t0 = Date.now();
const loadStart = os.loadavg();
const log = (...a) => console.error(`[bench +${((Date.now() - t0) / 1000).toFixed(0)}s]`, ...a);

// ---- static checks: which contenders can run at all ------------------------------------------
const contenders = allContenders
  .filter((c) => !options.only || options.only.includes(c.id) || c.floor)
  .map((c) => ({ ...c, status: 'ok', note: '' }));
const overrides = new Map();
if (options.bundle) overrides.set('/dist/cdn/postquote.min.js', options.bundle);
for (const c of contenders) {
  const missing = c.files.filter((f) => !existsSync(overrides.get(`/${f}`) ?? join(root, f)));
  if (missing.length) {
    c.status = 'skipped';
    c.note = `missing ${missing.join(', ')} (${missing.some((f) => f.startsWith('dist/')) ? 'npx rollup -c has not built it' : 'run node bench/build.mjs'})`;
  }
}

// ---- server and browser ----------------------------------------------------------------------
const server = await startServer({
  root,
  renderPage: (id, n) => renderPage(id, n),
  imageDelay: options.imageDelayMs,
  overrides,
});
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const chromiumVersion = browser.version();
log(
  `Chromium ${chromiumVersion}, server ${server.origin}, runs ${options.runs}, N ${options.ns.join('/')}, video N ${options.videoNs.join('/')}`,
);

// ---- bytes shipped ---------------------------------------------------------------------------
const sizeCache = new Map();
function sizes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    br: brotliCompressSync(buf, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
async function bytesOf(url, response) {
  if (sizeCache.has(url)) return sizeCache.get(url);
  let buf;
  const u = new URL(url);
  if (isLocal(url)) {
    const file = overrides.get(u.pathname) ?? fileFor(root, u.pathname);
    buf = file && existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
  } else {
    buf = await response.body().catch(() => Buffer.alloc(0));
  }
  const s = sizes(buf);
  sizeCache.set(url, s);
  return s;
}

// ---- one page load ---------------------------------------------------------------------------
async function measure(c, n, { timeoutMs, quickFail = false }) {
  const context = await browser.newContext({ viewport: options.viewport, deviceScaleFactor: 1, serviceWorkers: 'block' });
  const thirdParty = [];
  await context.route(
    (url) => !isLocal(url.href),
    thirdPartyHandler({
      imageDelay: options.imageDelayMs,
      onThirdParty: (url, how) => thirdParty.push({ url, how }),
    }),
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (options.cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
  let requests = 0;
  let inflight = 0;
  let lastNetwork = Date.now();
  const assets = [];
  const errors = [];
  page.on('request', () => {
    requests++;
    inflight++;
    lastNetwork = Date.now();
  });
  const done = () => {
    inflight = Math.max(0, inflight - 1);
    lastNetwork = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('pageerror', (e) => errors.push(String(e.message ?? e).slice(0, 200)));
  page.on('response', (r) => {
    const type = r.request().resourceType();
    if (type === 'script' || type === 'stylesheet')
      assets.push({ url: r.url(), type: type === 'script' ? 'js' : 'css', status: r.status(), response: r });
  });

  const url = `${server.origin}/bench/page/${c.id}?n=${n}`;
  const result = { ok: false };
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
    let timer;
    let settled = false;
    const rendered = await Promise.race([
      page.evaluate(() => window.__bench.done),
      new Promise((r) => (timer = setTimeout(() => r(null), timeoutMs))),
      // Preflight only (its timing is not recorded): give up early on an element nobody defines.
      ...(quickFail
        ? [
            (async () => {
              for (let undefinedFor = 0; undefinedFor < 2000 && !settled;) {
                await new Promise((r) => setTimeout(r, 250));
                const s = await page
                  .evaluate(
                    ([tag]) => ({ complete: document.readyState === 'complete', defined: !tag || !!customElements.get(tag) }),
                    [c.tag],
                  )
                  .catch(() => null);
                undefinedFor = s && s.complete && !s.defined ? undefinedFor + 250 : 0;
              }
              return null;
            })(),
          ]
        : []),
    ]).finally(() => {
      settled = true;
      clearTimeout(timer);
    });
    if (rendered === null) {
      const diag = await page
        .evaluate(
          ([tag]) => ({
            defined: tag ? !!customElements.get(tag) : true,
            count: tag ? document.getElementsByTagName(tag).length : null,
          }),
          [c.tag],
        )
        .catch(() => ({}));
      result.note =
        diag.defined === false
          ? `<${c.tag}> is not defined after the page loaded (${c.files[0]} does not register it yet)`
          : `not every embed rendered within ${timeoutMs / 1000} s at N=${n}`;
      if (errors.length) result.note += `; page error: ${errors[0]}`;
      return result;
    }
    // Settle: let images and late requests land (network quiet for 300 ms, at most 5 s), then wait.
    const settleStart = Date.now();
    while (Date.now() - settleStart < 5000 && (inflight > 0 || Date.now() - lastNetwork < 300)) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, options.settleMs));
    const m = await page.evaluate(() => {
      const B = window.__bench;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const preconnects = [
        ...document.querySelectorAll('link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="preload"], link[rel~="prefetch"]'),
      ]
        .map((l) => l.href)
        .filter((h) => !h.startsWith(location.origin));
      return {
        renderedAt: B.renderedAt,
        fcp,
        cls: B.cls,
        shifts: B.shifts.length,
        shiftSources: B.shifts.slice(0, 5),
        longtasks: B.longtasks.length,
        tbt: B.longtasks.reduce((s, [, d]) => s + Math.max(0, d - 50), 0),
        preconnects,
      };
    });
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const files = [];
    for (const a of assets)
      files.push({ url: a.url.replace(server.origin, ''), type: a.type, status: a.status, ...(await bytesOf(a.url, a.response)) });
    Object.assign(result, {
      ok: true,
      renderMs: m.renderedAt,
      fcpMs: m.fcp,
      tbtMs: m.tbt,
      longtasks: m.longtasks,
      cls: m.cls,
      shifts: m.shifts,
      shiftSources: m.shiftSources,
      requests,
      thirdParty: thirdParty.length,
      thirdPartyHosts: [...new Set(thirdParty.map((t) => new URL(t.url).host))],
      preconnects: m.preconnects,
      heapMB: heap.usedSize / 2 ** 20,
      files,
      errors,
    });
    return result;
  } catch (error) {
    result.note = `load failed at N=${n}: ${String(error.message ?? error).split('\n')[0]}`;
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

const timeoutFor = (n) => (n >= 1000 ? 90_000 : n >= 100 ? 30_000 : 15_000);

// ---- preflight: one unrecorded N=1 load per contender (warms the OS cache; skips broken ones) --
for (const c of contenders.filter((c) => c.status === 'ok')) {
  const r = await measure(c, 1, { timeoutMs: 15_000, quickFail: true });
  if (!r.ok) {
    c.status = 'skipped';
    c.note = r.note;
  }
  log(`preflight ${c.id}: ${r.ok ? `ok (${r.renderMs.toFixed(0)} ms)` : `SKIPPED: ${r.note}`}`);
}

// ---- interleaved runs --------------------------------------------------------------------------
const samples = {}; // id -> n -> [result]
const stopped = new Map(); // `${id}@${n}` -> note
const started = Date.now();
const allNs = [...new Set([...options.ns, ...options.videoNs])].sort((a, b) => a - b);
for (const n of allNs) {
  const here = contenders.filter((c) => c.status === 'ok' && (c.group === 'video' ? options.videoNs : options.ns).includes(n));
  for (let run = 0; run < options.runs; run++) {
    for (const c of here) {
      const key = `${c.id}@${n}`;
      if (stopped.has(key)) continue;
      const r = await measure(c, n, { timeoutMs: timeoutFor(n) });
      r.run = run;
      ((samples[c.id] ??= {})[n] ??= []).push(r);
      if (!r.ok) {
        stopped.set(key, r.note);
        log(`${key} run ${run + 1}: ${r.note} — no further runs at this N`);
      }
    }
    const line = here
      .map((c) => {
        const r = samples[c.id]?.[n]?.[run];
        return `${c.id} ${r?.ok ? r.renderMs.toFixed(0) : '—'}`;
      })
      .join('  ');
    log(`N=${n} run ${run + 1}/${options.runs}: ${line}   (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
}
await browser.close();
await server.close();

// ---- assemble, report, write -------------------------------------------------------------------
const pkg = (name) => {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
};
const git = (cmd) => {
  try {
    return execSync(`git ${cmd}`, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return null;
  }
};
const cpus = os.cpus();
const results = {};
for (const c of contenders) {
  results[c.id] = {};
  for (const [n, rs] of Object.entries(samples[c.id] ?? {})) {
    const ok = rs.filter((r) => r.ok);
    const pick = (k) => summarize(ok.map((r) => r[k]));
    results[c.id][n] = {
      runs: ok.length,
      note: stopped.get(`${c.id}@${n}`) ?? null,
      renderMs: pick('renderMs'),
      fcpMs: pick('fcpMs'),
      tbtMs: pick('tbtMs'),
      cls: pick('cls'),
      requests: pick('requests'),
      thirdParty: pick('thirdParty'),
      heapMB: pick('heapMB'),
      thirdPartyHosts: [...new Set(ok.flatMap((r) => r.thirdPartyHosts))],
      preconnects: [...new Set(ok.flatMap((r) => r.preconnects))],
      documentBytes: server.pageBytes.get(`/bench/page/${c.id}?n=${n}`) ?? null,
      errors: [...new Set(ok.flatMap((r) => r.errors))].slice(0, 3),
      // The first layout shifts of the run with the worst CLS: when, how much, and what moved.
      worstShifts: ok.reduce((w, r) => (!w || r.cls > w.cls ? r : w), null)?.shiftSources ?? [],
      samples: ok.map((r) => ({
        run: r.run,
        renderMs: r.renderMs,
        fcpMs: r.fcpMs,
        tbtMs: r.tbtMs,
        cls: r.cls,
        shifts: r.shifts,
        requests: r.requests,
        thirdParty: r.thirdParty,
        heapMB: r.heapMB,
      })),
    };
  }
}
// Bytes: the JS and CSS each contender's page actually loaded (largest N that ran), lazy chunks included.
const bytes = {};
for (const c of contenders) {
  const byN = samples[c.id] ?? {};
  const largest = Object.keys(byN)
    .map(Number)
    .sort((a, b) => b - a)
    .find((n) => byN[n].some((r) => r.ok));
  if (largest === undefined) continue;
  const files = new Map();
  for (const r of byN[largest].filter((r) => r.ok)) for (const f of r.files) files.set(f.url, f);
  const sum = (type) =>
    [...files.values()]
      .filter((f) => f.type === type)
      .reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip, br: s.br + f.br }), { raw: 0, gzip: 0, br: 0 });
  const js = sum('js');
  const css = sum('css');
  bytes[c.id] = { files: [...files.values()], js, css, total: { raw: js.raw + css.raw, gzip: js.gzip + css.gzip, br: js.br + css.br } };
}

const report = {
  schema: 1,
  meta: {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus[0]?.model?.trim() ?? 'unknown',
      cores: cpus.length,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      // 1-minute load average before and after: above the core count, other work competed for the CPU.
      load: { start: +loadStart[0].toFixed(2), end: +os.loadavg()[0].toFixed(2) },
    },
    chromium: chromiumVersion,
    node: process.version,
    postquote: { version: pkg('../'), commit: git('rev-parse --short HEAD'), dirty: !!git('status --porcelain -- src') },
    packages: Object.fromEntries(
      [
        'react',
        'react-dom',
        'react-tweet',
        'bluesky-post-embed',
        '@justinribeiro/lite-youtube',
        'lite-youtube-embed',
        'lit',
        'esbuild',
        'playwright',
      ].map((p) => [p, pkg(p)]),
    ),
    options: { ...options, out: relative(root, options.out), bundle: options.bundle && relative(root, options.bundle) },
    // How the postquote pages include the bundle (the variant rows: withoutBlocking).
    postquoteSetup,
    durationS: Math.round((Date.now() - started) / 1000),
  },
  contenders: contenders.map(({ id, label, group, floor, ref, variant, tag, status, note }) => ({
    id,
    label,
    group,
    floor: !!floor,
    ref: !!ref,
    variant: !!variant,
    tag: tag ?? null,
    status,
    note,
  })),
  bytes,
  results,
};
report.analysis = analyze(report);
mkdirSync(dirname(options.out), { recursive: true });
writeFileSync(options.out, JSON.stringify(report, null, 1) + '\n');
const section = printReport(report);
if (options.readme) writeReadme(root, section);
log(
  `wrote ${relative(root, options.out)}${options.readme ? ', bench/results/README-section.md and README.md (between bench markers)' : ''}`,
);
