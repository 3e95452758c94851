// readMarkup() and a pasted Facebook iframe (its embed code's iframe form): the post's address from
// its `src`, and no exception from a `src` that no URL parser reads. Such a `src` is the iframe's
// attribute as written; Node's parser refuses the punycode label "xn--a", which Chromium 156 reads
// (a browser closer to the URL standard may not): in Node, the path an exception would take.
import { expect, test } from 'vitest';
import { readMarkup } from '../../src/sources/markup.js';

/** A host whose only iframe has `src` (and no other child): all readMarkup() reads of it. */
const host = (src: string) => ({ children: [], querySelector: (s: string) => (s === 'iframe' ? { src } : null) }) as unknown as Element;
const plugin = (at: string) =>
  `https://${at}/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fa.page%2Fposts%2F1&show_text=true&width=500`;

test("a Facebook plugin iframe gives its post's address", () => {
  expect(readMarkup(host(plugin('www.facebook.com'))).markup).toEqual({ url: 'https://www.facebook.com/a.page/posts/1' });
});

test('an iframe address no URL parser reads is no exception, and no link', () => {
  expect(() => new URL(plugin('xn--a.facebook.com'))).toThrow();
  expect(readMarkup(host(plugin('xn--a.facebook.com'))).markup).toEqual({});
});
