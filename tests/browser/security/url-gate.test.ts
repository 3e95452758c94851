// The URL gate remembers its answers (a card asks about the same URLs several times): checkUrl()
// for good, safeUrl() for one task. These check that remembering never changes an answer.
import { afterEach, describe, expect, test } from 'vitest';
import { checkUrl, safeUrl } from '../../../src/safety/url.js';

const nextTask = () => new Promise((r) => setTimeout(r));

afterEach(() => document.querySelectorAll('base, meta[name="postquote-image-proxy"]').forEach((n) => n.remove()));

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
