// Platform HTML in a quoted post (a Mastodon 4.4 quote post: the adapter gives the quoted status its
// `html`), and the semantics of HTML text: like plain text, a `<blockquote cite>`. This file starts
// with the sanitizer's chunk not loaded (each browser test file has its own module graph).
import { afterEach, expect, test } from 'vitest';
import { axeViolations, cleanup, part, settle } from './helpers.js';
import { sanitizer } from '../../src/safety/sanitize-on-demand.js';

afterEach(cleanup);

type Quote = HTMLElement & { post: unknown; updateComplete: Promise<unknown> };

test('a quoted post with only HTML shows it, sanitized, from the first render (the sanitizer is loaded for it)', async () => {
  expect(sanitizer.module).toBeUndefined();
  const el = document.createElement('post-quote') as Quote;
  el.post = {
    url: 'https://mastodon.social/@a/1',
    author: { name: 'Outer' },
    text: 'Outer words',
    quoted: {
      url: 'https://mastodon.social/@b/2',
      author: { name: 'Inner' },
      html: '<p>Inner <em>quoted</em> words</p><p><img src=x onerror="alert(1)">second</p>',
    },
  };
  const seen: string[] = [];
  const observer = new MutationObserver(() => {
    const inner = part(el, 'quoted')?.querySelector('[part="text"]');
    if (inner) seen.push(inner.textContent ?? '');
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  document.body.append(el);
  await settle(el);
  observer.disconnect();
  const texts = [...el.shadowRoot!.querySelectorAll('[part="text"]')];
  expect(texts.map((t) => t.textContent)).toEqual(['Outer words', 'Inner quoted wordssecond']);
  const inner = texts[1];
  expect(inner.localName).toBe('blockquote');
  expect(inner.getAttribute('cite')).toBe('https://mastodon.social/@b/2');
  expect(inner.querySelector('em')!.textContent).toBe('quoted');
  expect(inner.querySelector('img')).toBeNull();
  expect(seen.every((s) => s === 'Inner quoted wordssecond')).toBe(true);
  expect(await axeViolations(el)).toEqual([]);
});

test('HTML text is a blockquote citing the post, as plain text is', async () => {
  const el = document.createElement('post-quote') as Quote;
  el.post = { url: 'https://mastodon.social/@a/1', author: { name: 'A' }, html: '<p>Hello <strong>there</strong></p>', lang: 'de' };
  document.body.append(el);
  await settle(el);
  const text = part(el, 'text')!;
  expect([text.localName, text.className, text.getAttribute('cite'), text.lang]).toEqual([
    'blockquote',
    'text html',
    'https://mastodon.social/@a/1',
    'de',
  ]);
});

test('HTML in a higher layer outranks text below it, and text above outranks HTML below', async () => {
  const el = document.createElement('post-quote') as Quote;
  el.innerHTML = '<script type="application/json">{"html":"<p>from JSON</p>"}</script>';
  el.post = { text: 'from the property' };
  document.body.append(el);
  await settle(el);
  expect(part(el, 'text')!.textContent).toBe('from the property');
  el.post = { author: { name: 'A' } };
  await settle(el);
  expect(part(el, 'text')!.textContent).toBe('from JSON');
});
