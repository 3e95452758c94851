// The URL gate remembers its answers (a card asks about the same URLs several times): checkUrl()
// for good, safeUrl() for one task. These check that remembering never changes an answer.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkUrl, refused, safeUrl } from '../../../src/safety/url.js';

const nextTask = () => new Promise((r) => setTimeout(r));

afterEach(() => {
  document.querySelectorAll('base, meta[name="postquote-image-proxy"]').forEach((n) => n.remove());
  vi.restoreAllMocks();
});

/** Declares an image proxy in `parent` (the head unless told). */
function proxy(content: string, parent: Element = document.head): HTMLMetaElement {
  const meta = document.createElement('meta');
  meta.name = 'postquote-image-proxy';
  meta.content = content;
  parent.append(meta);
  return meta;
}

describe('the URL gate remembers answers without changing them', () => {
  test('refused and allowed URLs keep their answer, by kind, past the memo bound', () => {
    const cases: [string, 'link' | 'image' | 'media', string | undefined][] = [
      ['javascript:alert(1)', 'link', undefined],
      ['mailto:a@example.org', 'link', 'mailto:a@example.org'],
      ['mailto:a@example.org', 'image', undefined],
      ['HTTPS://Example.org/a b', 'media', 'https://example.org/a%20b'],
      ['//evil.example/x', 'image', undefined],
    ];
    for (let round = 0; round < 3; round++) {
      for (const [url, kind, want] of cases) expect(checkUrl(url, kind), `${kind} ${url}, round ${round}`).toBe(want);
      // Enough other URLs to pass the memo's bound and make it start over.
      for (let i = 0; i < 1500; i++) checkUrl(`https://example.org/${round}/${i}`, 'link');
    }
  });

  test('a URL with a user name or password is refused for every kind: it reads as its user name (bbc.co.uk@evil.example)', () => {
    for (const kind of ['link', 'image', 'media'] as const)
      for (const url of [
        'https://bbc.co.uk@evil.example/',
        'http://user:pass@evil.example/a.png',
        'https://:secret@example.org/',
        'https:\\\\x.com@evil.example',
        'HTTP:x.com@evil.example',
        'https://@evil.example/',
      ])
        expect([checkUrl(url, kind), safeUrl(url, kind)], `${kind} ${url}`).toEqual([undefined, undefined]);
    expect(checkUrl('mailto:someone@example.org')).toBe('mailto:someone@example.org');
    expect(checkUrl('https://example.org/@user/1')).toBe('https://example.org/@user/1');
    expect(checkUrl('https://example.org\\@user')).toBe('https://example.org/@user'); // "\\" ends the host as "/" does
    // A base with a user name makes every relative URL one: refused once resolved.
    document.head.append(Object.assign(document.createElement('base'), { href: 'https://bbc.co.uk@evil.example/' }));
    expect(safeUrl('/a', 'link')).toBeUndefined();
  });

  test('a relative URL resolves against the base the page has in that task', async () => {
    await nextTask();
    expect(safeUrl('/a.jpg', 'image')).toBe(new URL('/a.jpg', location.href).href);
    await nextTask();
    const base = document.createElement('base');
    base.href = 'https://cdn.example.org/news/';
    document.head.prepend(base);
    await nextTask();
    expect(safeUrl('/a.jpg', 'image')).toBe('https://cdn.example.org/a.jpg');
  });

  test('an image proxy the page adds later applies from the next task on', async () => {
    await nextTask();
    expect(safeUrl('https://pbs.example/p.jpg', 'image')).toBe('https://pbs.example/p.jpg');
    const meta = document.createElement('meta');
    meta.name = 'postquote-image-proxy';
    meta.content = 'https://img.example.org/?u={url}';
    document.head.append(meta);
    await nextTask();
    expect(safeUrl('https://pbs.example/p.jpg', 'image')).toBe(
      `https://img.example.org/?u=${encodeURIComponent('https://pbs.example/p.jpg')}`,
    );
    expect(safeUrl('https://pbs.example/p.jpg', 'link')).toBe('https://pbs.example/p.jpg');
  });
});

// A page that declares a proxy means "no image request to a third party": an image the proxy cannot
// carry is dropped (the card shows initials or a placeholder), never requested directly.
describe('the image proxy fails closed', () => {
  const direct = 'https://pbs.example/p.jpg';

  test('a URL whose encoded form is over the length cap is dropped, and noted for the element that renders', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    refused.length = 0;
    proxy('https://img.example.org/?u={url}');
    await nextTask();
    // Under 2048 characters itself, but each "/" becomes "%2F" in the proxied URL.
    const long = `https://pbs.example/${'a/'.repeat(800)}x.jpg`;
    expect(checkUrl(long, 'image')).toBe(long);
    expect(safeUrl(long, 'image')).toBeUndefined();
    expect(safeUrl(`${long}?2`, 'media')).toBeUndefined();
    expect(safeUrl(direct, 'image')).toBe(`https://img.example.org/?u=${encodeURIComponent(direct)}`);
    // Links never go through the proxy, however long.
    expect(safeUrl(long, 'link')).toBe(long);
    // Asked again in the same task (another card, the answer remembered), it is noted again.
    expect(safeUrl(long, 'image')).toBeUndefined();
    expect(refused).toEqual([long, `${long}?2`, long]);
    // The element reports it (postquote-error and its one warning); the gate itself logs nothing.
    expect(warn).not.toHaveBeenCalled();
  });

  test('a relative template resolves against the page (and its <base>)', async () => {
    proxy('/imgproxy?u={url}');
    await nextTask();
    expect(safeUrl(direct, 'image')).toBe(new URL(`/imgproxy?u=${encodeURIComponent(direct)}`, location.href).href);
    const base = document.createElement('base');
    base.href = 'https://cdn.example.org/news/';
    document.head.prepend(base);
    await nextTask();
    expect(safeUrl(direct, 'media')).toBe(`https://cdn.example.org/imgproxy?u=${encodeURIComponent(direct)}`);
  });

  test('a template without {url}, or not http(s), drops the image', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const meta = proxy('https://img.example.org/?u=%s');
    await nextTask();
    expect(safeUrl(direct, 'image')).toBeUndefined();
    meta.content = 'javascript:alert(1)//{url}';
    await nextTask();
    expect(safeUrl(direct, 'image')).toBeUndefined();
    meta.content = '';
    await nextTask();
    expect(safeUrl(direct, 'image')).toBeUndefined();
  });

  test("the head's first <meta> wins; one only in the body still means images go through a proxy", async () => {
    const box = document.createElement('div');
    document.body.append(box);
    try {
      proxy('https://body.example/?u={url}', box);
      await nextTask();
      // A declared proxy, wherever the page put it, never turns into direct requests.
      expect(safeUrl(direct, 'image')).toBe(`https://body.example/?u=${encodeURIComponent(direct)}`);
      proxy('https://img.example.org/?u={url}');
      proxy('https://second.example.org/?u={url}');
      await nextTask();
      expect(safeUrl(direct, 'image')).toBe(`https://img.example.org/?u=${encodeURIComponent(direct)}`);
    } finally {
      box.remove();
    }
  });
});
