// Importing the element entries where there is no DOM (Node, a framework's server render: Next.js,
// Astro, SvelteKit evaluate component modules on the server) neither throws nor registers anything;
// the elements upgrade in the browser. (Rendering on the server is not offered: the light-DOM
// fallback is the server's output.)
import { build } from 'esbuild';
import { expect, test, vi } from 'vitest';

test.each([
  '../../src/index.js',
  '../../src/elements/tweet-quote/define.js',
  '../../src/elements/post-quote/define.js',
  '../../src/elements/video-appeal/define.js',
  '../../src/elements/post-quote/post-quote.js',
  '../../src/elements/tweet-quote/tweet-quote.js',
  '../../src/elements/video-appeal/video-appeal.js',
  '../../src/model/index.js',
  '../../src/model/markup.js',
])('%s imports without a DOM', async (entry) => {
  expect(typeof (globalThis as { HTMLElement?: unknown }).HTMLElement).toBe('undefined');
  const module = (await import(entry)) as Record<string, unknown>;
  expect(Object.keys(module).length).toBeGreaterThan(0);
  expect(typeof (globalThis as { customElements?: unknown }).customElements).toBe('undefined');
});

test("the package's root exports the elements' classes, parse() and the event classes: nothing internal", async () => {
  // `export *` from events.ts once exported announce(), the helper that logs and dispatches a problem.
  expect(Object.keys(await import('../../src/index.js')).sort()).toEqual([
    'PostQuote',
    'PostquoteActivateEvent',
    'PostquoteConsentEvent',
    'PostquoteErrorEvent',
    'PostquoteRevealEvent',
    'TweetQuote',
    'VideoAppeal',
    'parse',
  ]);
});

test('the event classes and parse() work on the server', async () => {
  const { PostquoteErrorEvent, parse } = await import('../../src/index.js');
  expect(new PostquoteErrorEvent({ code: 'invalid-url', message: 'x' }).type).toBe('postquote-error');
  expect(parse({ text: 'hi', url: 'javascript:alert(1)' }).post.url).toBeUndefined();
});

test("after Lit's server build put a shim customElements on globalThis (any LitElement library does), the entries still import", async () => {
  vi.resetModules();
  await import('@lit/reactive-element');
  expect(typeof (globalThis as { customElements?: unknown }).customElements).toBe('object');
  expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  for (const entry of ['../../src/index.js', '../../src/elements/post-quote/define.js', '../../src/elements/video-appeal/define.js'])
    await expect(import(entry), entry).resolves.toBeTruthy();
});

// An edge runtime (Next.js's `runtime = 'edge'`, Cloudflare Workers) resolves packages without Node's
// `node` condition: lit-html's browser build, which reads `document` as it is evaluated. README.md
// tells such apps to import postquote in the browser only; should lit change, that paragraph can go.
test("bundled for an edge runtime (no `node` condition), lit-html's browser build throws on import, as README.md says", async () => {
  const bundled = await build({
    entryPoints: [new URL('../../src/index.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    conditions: ['edge-light', 'worker', 'import'],
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  const code = bundled.outputFiles[0].text;
  await expect(import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).rejects.toThrow('document is not defined');
});
