// Hostile page globals defined before the library loads: a polluted Object.prototype, DOM
// clobbering (<img name=currentScript>, <form name=…>), the page's own DOMPurify with hooks that
// allow everything, and the page's own copy of Lit. The script-tag bundle must render exactly what
// it renders on a clean page, and run no script. Compared element by element, shadow DOM to shadow DOM.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { Browser } from 'playwright';
import { ensureBuilt, launch, serve, settled, watch, type Served } from './serve.js';

let browser: Browser;
let server: Served;

/** What a prototype-pollution bug elsewhere on the page might plant: post fields and DOMPurify's config keys. */
const dataPollution = {
  html: '<img src=x onerror=__xss()>',
  text: 'POLLUTED TEXT',
  url: 'javascript:__xss()',
  href: 'javascript:__xss()',
  src: 'javascript:__xss()',
  avatar: 'javascript:__xss()',
  poster: 'javascript:__xss()',
  media: [{ url: 'javascript:__xss()' }],
  contentWarning: 'POLLUTED WARNING',
  status: 'deleted',
  translation: { text: 'POLLUTED TRANSLATION' },
  ALLOWED_TAGS: ['img', 'script', 'iframe'],
  ALLOWED_ATTR: ['onerror', 'onload', 'style'],
  ADD_ATTR: ['onerror'],
  ADD_TAGS: ['script'],
  ALLOW_UNKNOWN_PROTOCOLS: true,
  RETURN_TRUSTED_TYPE: true,
};

/** Generic names that collide with the library's own objects (platform modules, messages). */
const namePollution = { name: 'Mallory', handle: 'mallory', label: 'POLLUTED LABEL' };

const source = readFileSync('tests/fixtures/security/csp-page.html', 'utf8');
const hostileJs = readFileSync('tests/fixtures/security/hostile-page.js', 'utf8');
const pageJs = readFileSync('tests/fixtures/security/csp-page.js', 'utf8');
const js = (body: string) => ({ body, type: 'text/javascript; charset=utf-8' });

/** The fixture page with the hostile setup in <head>, before the library's module script. */
function hostilePage(pollution: object, { purify = true, clobber = true, hostLit = true } = {}): string {
  const head = [
    `<script type="application/json" id="pollution">${JSON.stringify(pollution)}</script>`,
    purify ? '<script src="/node_modules/dompurify/dist/purify.min.js"></script>' : '',
    '<script src="/fixtures/hostile.js"></script>',
    hostLit ? '<script type="module" src="/host-lit.js"></script>' : '',
    '<script type="module" src="/fixtures/page.js"></script>',
  ].join('');
  const clobbering = clobber
    ? '<img name="currentScript" src="data:,"><form name="postquote"><input name="attributes"><input name="nodeName"></form><img name="trustedTypes" src="data:,"><a id="__proto__"></a>'
    : '';
  return source.replace('<script type="module" src="/fixtures/page.js"></script>', head).replace('<main>', `<main>${clobbering}`);
}

beforeAll(async () => {
  ensureBuilt();
  const hostLit = await build({
    stdin: {
      contents:
        "import { LitElement, html } from 'lit'; customElements.define('host-widget', class extends LitElement { render() { return html`<p>host</p>`; } });",
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  server = await serve({
    '/clean.html': { body: hostilePage({}, { purify: false, clobber: false, hostLit: false }) },
    '/hostile.html': { body: hostilePage(dataPollution) },
    '/names.html': { body: hostilePage(namePollution, { purify: false, clobber: false, hostLit: false }) },
    '/lit-clobbered.html': { body: source.replace('<main>', '<main><div id="litHtmlVersions"></div>') },
    '/fixtures/hostile.js': js(hostileJs),
    '/fixtures/page.js': js(pageJs),
    '/host-lit.js': js(hostLit.outputFiles[0].text),
    '/favicon.ico': { body: '', type: 'image/x-icon' },
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Each element's shadow DOM as markup, without Lit's per-load marker comments. */
async function rendered(path: string) {
  const w = await watch(browser);
  await w.page.goto(`${server.url}${path}`);
  await settled(w.page);
  const markup = await w.page.$$eval('post-quote, tweet-quote, video-appeal', (els) =>
    Object.fromEntries(els.map((el) => [el.id, (el.shadowRoot?.innerHTML ?? '(no shadow root)').replace(/<!--[\s\S]*?-->/g, '')])),
  );
  const fired = await w.page.evaluate(() => (window as unknown as { __fired?: string[] }).__fired ?? []);
  const polluted = await w.page.evaluate(() => Object.keys(Object.prototype));
  const violations = await w.violations();
  await w.page.close();
  return { markup, fired, w, violations, polluted };
}

describe('hostile page globals defined before the library loads', () => {
  test("polluted Object.prototype (post fields, DOMPurify config keys), DOM clobbering, the page's DOMPurify hooks and its own Lit change nothing", async () => {
    const clean = await rendered('/clean.html');
    const hostile = await rendered('/hostile.html');
    expect(Object.keys(clean.markup).length).toBeGreaterThanOrEqual(14);
    expect(hostile.polluted).toEqual(Object.keys(dataPollution)); // the pollution really was in place
    expect(hostile.fired).toEqual([]);
    expect(hostile.w.pageErrors).toEqual([]);
    expect(hostile.w.external).toEqual([]);
    for (const [id, markup] of Object.entries(clean.markup)) expect(hostile.markup[id], id).toBe(markup);
    expect(hostile.w.postquote).toEqual(clean.w.postquote);
  });

  // Found by this suite: templates read literal defaults (`post.author ?? {}`), so a polluted `name`
  // or `handle` reached them. The anonymous author object now has no prototype.
  test('polluted generic names (name, handle, label) change nothing', async () => {
    const clean = await rendered('/clean.html');
    const names = await rendered('/names.html');
    expect(names.fired).toEqual([]); // never script: this holds even while the test as a whole fails
    const changed = Object.keys(clean.markup).filter((id) => names.markup[id] !== clean.markup[id]);
    console.log(`[hostile] polluted name/handle/label changed: ${changed.join(', ') || 'nothing'}`);
    expect(changed).toEqual([]);
  });

  test('clobbering Lit\'s own globals (<div id="litHtmlVersions">) fails safe: the fallback stays, nothing runs', async () => {
    const w = await watch(browser);
    await w.page.goto(`${server.url}/lit-clobbered.html`);
    await w.page.waitForLoadState('load');
    await w.page.waitForTimeout(300);
    const state = await w.page.$$eval('post-quote > blockquote, tweet-quote > blockquote', (els) => ({
      defined: Boolean(customElements.get('post-quote')),
      visible: els.filter((e) => (e as HTMLElement).offsetHeight > 0).length,
      total: els.length,
    }));
    console.log(`[hostile] litHtmlVersions clobbered: defined=${state.defined}, page errors: ${JSON.stringify(w.pageErrors)}`);
    if (!state.defined) expect(state.visible).toBe(state.total);
    expect(w.external).toEqual([]);
    await w.page.close();
  });
});
