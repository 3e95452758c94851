// Platform HTML (Mastodon's) goes through DOMPurify, an on-demand chunk. The element awaits it before
// the first render of a post that carries HTML, so the card shows the formatted text at once and
// never swaps plain text for HTML (a layout shift). This file starts with the chunk not loaded
// (each browser test file has its own module graph), and its tests run in order.
import { afterEach, expect, test } from 'vitest';
import { mount, part, cleanup } from './helpers.js';
import { sanitizer } from '../../src/safety/sanitize-on-demand.js';

afterEach(cleanup);

const requested = () => performance.getEntriesByType('resource').filter((e) => /\/src\/safety\/sanitize\.ts\b/.test(e.name)).length;

test('a post without HTML never loads the sanitizer', async () => {
  await mount(`<post-quote href="https://mastodon.social/@a/1" author="A"><blockquote>plain</blockquote></post-quote>`);
  expect(requested()).toBe(0);
  expect(sanitizer.module).toBeUndefined();
});

test('the first render of an HTML post already shows the sanitized HTML', async () => {
  const el = document.createElement('post-quote') as HTMLElement & { post: unknown; updateComplete: Promise<unknown> };
  el.post = { html: '<p>Hello <strong>there</strong></p><p>and <a href="https://example.org/x" onclick="alert(1)">a link</a></p>' };
  // Watch every render of the text: the first one must be the HTML.
  const seen: string[] = [];
  const observer = new MutationObserver(() => {
    const text = part(el, 'text');
    if (text) seen.push(text.classList.contains('html') ? 'html' : 'text');
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  document.body.append(el);
  await el.updateComplete;
  observer.disconnect();
  const text = part(el, 'text')!;
  expect(text.classList.contains('html')).toBe(true);
  expect(text.querySelectorAll('p')).toHaveLength(2);
  expect(text.querySelector('strong')!.textContent).toBe('there');
  const a = text.querySelector('a')!;
  expect(a.getAttribute('href')).toBe('https://example.org/x');
  expect(a.hasAttribute('onclick')).toBe(false);
  expect(a.rel).toBe('noopener noreferrer nofollow ugc');
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.every((s) => s === 'html')).toBe(true);
  expect(requested()).toBe(1);
});

test('the sanitizer is requested once per page, however many HTML posts', async () => {
  const els = await Promise.all(
    ['<p>one</p>', '<p>two</p>', '<p>three</p>'].map((html) => {
      const el = document.createElement('post-quote') as HTMLElement & { post: unknown; updateComplete: Promise<unknown> };
      el.post = { html };
      document.body.append(el);
      return el.updateComplete.then(() => el);
    }),
  );
  expect(els.map((el) => part(el, 'text')!.textContent)).toEqual(['one', 'two', 'three']);
  expect(requested()).toBe(1);
});

test("a relative link in platform HTML is no link: it would lead to the newsroom's own site", async () => {
  const el = document.createElement('post-quote') as HTMLElement & { post: unknown; updateComplete: Promise<unknown> };
  el.post = {
    url: 'https://mastodon.social/@a/1',
    html: '<p><a href="/tags/aleppo">#aleppo</a> and <a href="https://mastodon.social/@b">@b</a></p>',
  };
  document.body.append(el);
  await el.updateComplete;
  const text = part(el, 'text')!;
  expect(text.textContent).toBe('#aleppo and @b');
  expect([...text.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))).toEqual(['https://mastodon.social/@b']);
});
