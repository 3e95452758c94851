// readMarkup() and a pasted Facebook iframe (its embed code's iframe form): the post's address from
// its `src`, and no exception from a `src` that no URL parser reads. Such a `src` is the iframe's
// attribute as written; Node's parser refuses the punycode label "xn--a", which Chromium 156 reads
// (a browser closer to the URL standard may not): in Node, the path an exception would take.
import { expect, test } from 'vitest';
import { readMarkup } from '../../src/sources/markup.js';

/** A host whose only iframe has `src` (and no other child): all readMarkup() and Facebook's reader read of it. */
const host = (src: string) =>
  ({ children: [], querySelectorAll: (s: string) => (s === 'iframe' ? [{ localName: 'iframe', src }] : []) }) as unknown as Element;
/** The markup read, once Facebook's reader (an on-demand chunk) has loaded. */
const markup = async (src: string) => {
  const sources = readMarkup(host(src));
  await sources.adapting;
  return sources.markup;
};
const plugin = (at: string) =>
  `https://${at}/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fa.page%2Fposts%2F1&show_text=true&width=500`;

test("a Facebook plugin iframe gives its post's address", async () => {
  expect(await markup(plugin('www.facebook.com'))).toEqual({ url: 'https://www.facebook.com/a.page/posts/1' });
});

test('an iframe address no URL parser reads is no exception, and no link', async () => {
  expect(() => new URL(plugin('xn--a.facebook.com'))).toThrow();
  expect(await markup(plugin('xn--a.facebook.com'))).toEqual({});
});
