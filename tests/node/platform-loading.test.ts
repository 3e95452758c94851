// loadPlatform(): X and `web` built in, every other platform module fetched once per page, the
// small platforms in one shared chunk, and a chunk that fails to load leaving the `web` fallback.
import { expect, test, vi } from 'vitest';
import { loadPlatform, platformById, platformOfUrl } from '../../src/platforms/index.js';
import { parse } from '../../src/model/parse.js';

vi.mock('../../src/platforms/mastodon.js', () => {
  throw new Error('offline');
});

test('X and web are built in; unknown ids have nothing to load', () => {
  expect(platformById('x')?.label).toBe('X');
  expect(platformById('web')?.label).toBe('Web');
  for (const id of ['x', 'web', 'nope', undefined, '__proto__', 'toString']) expect(loadPlatform(id), String(id)).toBeUndefined();
});

test('inference and parse() need no platform module', () => {
  expect(platformById('bluesky')).toBeUndefined();
  expect(platformOfUrl('https://bsky.app/profile/a.b/post/x')).toBe('bluesky');
  expect(platformOfUrl('https://mastodon.social/@Gargron/103270115826048975')).toBe('mastodon');
  expect(parse({ url: 'https://youtu.be/dQw4w9WgXcQ', text: 'x' }).post.platform).toBe('youtube');
  expect(platformById('youtube')).toBeUndefined();
});

test('one load per chunk: the small platforms share one promise and register together', async () => {
  const threads = loadPlatform('threads');
  expect(threads).toBeInstanceOf(Promise);
  expect(loadPlatform('vimeo')).toBe(threads);
  expect(loadPlatform('threads')).toBe(threads);
  await threads;
  for (const id of ['threads', 'instagram', 'facebook', 'telegram', 'tiktok', 'youtube', 'linkedin', 'vimeo']) {
    expect(platformById(id)?.id).toBe(id);
    expect(loadPlatform(id)).toBeUndefined();
  }
  expect(platformById('youtube')?.privacy).toBe('https://policies.google.com/privacy');
  expect(platformById('bluesky')).toBeUndefined();
  await loadPlatform('bluesky');
  expect(platformById('bluesky')?.label).toBe('Bluesky');
});

test('a chunk that fails to load resolves (never rejects), once, and leaves the fallback', async () => {
  const pending = loadPlatform('mastodon');
  expect(pending).toBeInstanceOf(Promise);
  await expect(pending).resolves.toBeUndefined();
  expect(platformById('mastodon')).toBeUndefined();
  expect(loadPlatform('mastodon')).toBeUndefined();
});
