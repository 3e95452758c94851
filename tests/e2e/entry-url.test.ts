// A script-tag entry loaded with a query string (a CMS's cache-busting "postquote.min.js?ver=6.4") would run
// a second copy of itself when its first on-demand part imports it by name (under the strict CSP the second
// copy's `lit-html` policy was refused and every card that needs a part kept its fallback). Such an entry
// registers nothing: it loads itself again by its plain URL, the copy its parts import, and says so
// (README, "Use it"). By its plain URL it says nothing.
import { expect, test } from 'vitest';
import { servedPages, settled, strictCsp, watch } from './security/serve.js';

const withoutTrustedTypes = strictCsp()
  .split('; ')
  .filter((d) => !d.includes('trusted-types'))
  .join('; ');
const page = (src: string, csp = strictCsp()) => ({
  body: `<!doctype html><html lang="de"><meta charset="utf-8"><title>entry</title><script type="module" src="/dist/cdn/${src}"></script><body><tweet-quote author="A" verification="unverified"><blockquote lang="en">text</blockquote></tweet-quote></body></html>`,
  csp,
});

const env = servedPages({
  '/plain.html': page('postquote.min.js'),
  '/ver.html': page('postquote.min.js?ver=6.4', withoutTrustedTypes),
  '/post-quote-ver.html': page('post-quote.min.js?ver=6.4', withoutTrustedTypes),
  '/de-ver.html': page('postquote.de.min.js#v2', withoutTrustedTypes),
  '/tt-ver.html': page('postquote.min.js?ver=6.4'),
});

async function open(path: string) {
  const w = await watch(env.browser);
  await w.page.goto(env.server.url + path);
  await w.page.waitForFunction(() => customElements.get('tweet-quote'));
  await settled(w.page);
  const requested = await w.page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name.replace(/^.*\/dist\/cdn\//, '')),
  );
  const label = await w.page.$eval('tweet-quote', (el) => el.shadowRoot?.querySelector('[part~="verification"]')?.textContent?.trim());
  await w.page.close();
  return {
    label,
    warnings: w.postquote.filter((m) => m.startsWith('[postquote] entry-url:')),
    others: [...w.postquote.filter((m) => !m.startsWith('[postquote] entry-url:')), ...w.pageErrors, ...w.consoleErrors],
    requested,
  };
}

test('by its plain URL the entry renders its cards and says nothing', async () => {
  const { requested, ...seen } = await open('/plain.html');
  expect(seen).toEqual({ label: 'Nicht unabhängig überprüft', warnings: [], others: [] });
  expect(requested.filter((u) => u.startsWith('postquote.min.js'))).toEqual(['postquote.min.js']);
});

test('with a query string or hash every entry loads itself by its plain URL, which renders the cards; it warns once, naming the cause', async () => {
  for (const [path, entry] of [
    ['/ver.html', 'postquote.min.js'],
    ['/post-quote-ver.html', 'post-quote.min.js'],
    ['/de-ver.html', 'postquote.de.min.js'],
  ]) {
    const { label, warnings, others, requested } = await open(path);
    expect(label, path).toBe('Nicht unabhängig überprüft');
    expect(others, path).toEqual([]);
    expect(
      requested.filter((u) => u === entry),
      path,
    ).toEqual([entry]); // and once only
    expect(warnings, path).toHaveLength(1);
    expect(warnings[0]).toContain('without ?query');
  }
});

test('under Trusted Types the copy by the plain URL cannot run (Lit policy exists once): the first registers its elements after all', async () => {
  const { label, warnings } = await open('/tt-ver.html'); // open() waits until <tweet-quote> is defined
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('without ?query');
  expect(label).toBeUndefined(); // the German catalog is a part: its import runs the refused copy (README)
});
