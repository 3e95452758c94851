// Importing the element entries where there is no DOM (Node, a framework's server render: Next.js,
// Astro, SvelteKit evaluate component modules on the server) neither throws nor registers anything;
// the elements upgrade in the browser. (Rendering on the server is not offered: the light-DOM
// fallback is the server's output.)
import { expect, test, vi } from 'vitest';

test.each([
  '../../src/index.js',
  '../../src/elements/tweet-quote/define.js',
  '../../src/elements/post-quote/define.js',
  '../../src/elements/video-appeal/define.js',
  '../../src/elements/post-quote/post-quote.js',
])('%s imports without a DOM', async (entry) => {
  expect(typeof (globalThis as { HTMLElement?: unknown }).HTMLElement).toBe('undefined');
  const module = (await import(entry)) as Record<string, unknown>;
  expect(Object.keys(module).length).toBeGreaterThan(0);
  expect(typeof (globalThis as { customElements?: unknown }).customElements).toBe('undefined');
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
