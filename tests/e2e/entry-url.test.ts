// A script-tag entry loaded with a query string (a CMS's cache-busting "postquote.min.js?ver=6.4") runs a
// second copy of itself when its first on-demand part imports it by name; under the strict CSP the second
// copy's `lit-html` policy is refused and every card that needs a part keeps its fallback. The entry says
// why (README, "Use it"); by its plain URL it says nothing and the cards render.
import { expect, test } from 'vitest';
import { servedPages, settled, strictCsp, watch } from './security/serve.js';

const page = (src: string) => ({
  body: `<!doctype html><html lang="de"><meta charset="utf-8"><title>entry</title><script type="module" src="/dist/cdn/${src}"></script><body><tweet-quote author="A" verification="unverified"><blockquote lang="en">text</blockquote></tweet-quote></body></html>`,
  csp: strictCsp(),
});

const env = servedPages({
  '/plain.html': page('postquote.min.js'),
  '/ver.html': page('postquote.min.js?ver=6.4'),
  '/post-quote-ver.html': page('post-quote.min.js?ver=6.4'),
  '/de-ver.html': page('postquote.de.min.js#v2'),
});

async function open(path: string) {
  const w = await watch(env.browser);
  await w.page.goto(env.server.url + path);
  await settled(w.page);
  const label = await w.page.$eval('tweet-quote', (el) => el.shadowRoot?.querySelector('[part~="verification"]')?.textContent?.trim());
  await w.page.close();
  return { label, warnings: w.postquote.filter((m) => m.startsWith('[postquote] entry-url:')) };
}

test('by its plain URL the entry renders its cards and says nothing', async () => {
  expect(await open('/plain.html')).toEqual({ label: 'Nicht unabhängig überprüft', warnings: [] });
});

test('with a query string or hash every entry warns once, naming the cause', async () => {
  for (const path of ['/ver.html', '/post-quote-ver.html', '/de-ver.html']) {
    const { warnings } = await open(path);
    expect(warnings, path).toHaveLength(1);
    expect(warnings[0]).toContain('without ?query');
  }
});
