// readMarkup(): inline JSON in a platform's shape becomes its adapter's output. When the adapters
// return nothing, throw, or their chunk fails to load, it is kept as a post without the newsroom's
// own fields (verification, status, archive, platform note), and those it had are a jsonError
// (reported as invalid-json): a hostile status cannot forge the newsroom's label.
import { beforeEach, expect, test, vi } from 'vitest';

type Mode = 'real' | 'none' | 'throw' | 'offline';
const adaptersPath = '../../src/platforms/adapters/index.js';

/** The adapters chunk as `mode` has it: the real one, one that reads nothing, one that throws, or none (a failed load). */
function mockAdapters(mode: Mode): void {
  vi.doMock(adaptersPath, async (importActual) => {
    if (mode === 'offline') throw new Error('offline');
    const actual = await importActual<typeof import('../../src/platforms/adapters/index.js')>();
    return {
      adapt: (json: unknown) => {
        if (mode === 'throw') throw new TypeError('cannot read');
        return mode === 'none' ? undefined : actual.adapt(json);
      },
    };
  });
}

/** A host with one `<script type="application/json">` child (and no iframe): all readMarkup() reads of it. */
const host = (value: unknown) =>
  ({
    querySelector: () => null,
    querySelectorAll: () => [],
    children: [
      {
        localName: 'script',
        getAttribute: (n: string) => (n === 'type' ? 'application/json' : null),
        matches: () => false,
        textContent: JSON.stringify(value),
      },
    ],
  }) as unknown as Element;

const forged = { content: 0, account: { acct: 42 }, text: 'I endorse this product.', verification: { status: 'verified' } };
const status = { id: '1', url: 'https://mastodon.social/@a/1', content: '<p>hi</p>', account: { acct: 'a', username: 'a' } };

beforeEach(() => {
  vi.resetModules();
});

async function read(value: unknown, mode: Mode) {
  mockAdapters(mode);
  const { readMarkup } = await import('../../src/sources/markup.js');
  const sources = readMarkup(host(value));
  await sources.adapting;
  return sources;
}

test.each(['none', 'throw', 'offline'] as const)(
  'adapters %s: the newsroom fields are dropped with a jsonError, the rest kept',
  async (mode) => {
    const sources = await read(forged, mode);
    expect(sources.json).toEqual({ content: 0, account: { acct: 42 }, text: 'I endorse this product.' });
    expect(sources.adapted).toBeFalsy();
    expect(sources.jsonError).toBe("JSON in a platform's shape may not set verification: ignored");
  },
);

test('a post object with a field a platform also has (`content`) and no newsroom fields is kept whole, without error', async () => {
  const post = { text: 'mine', content: 'our CMS field', author: { name: 'A' } };
  const sources = await read(post, 'none');
  expect(sources.json).toEqual(post);
  expect(sources.jsonError).toBeUndefined();
});

test('an adapted status replaces the JSON, with no jsonError; a postquote post object is kept as it is', async () => {
  const adapted = await read(status, 'real');
  expect(adapted.adapted).toBe(true);
  expect(adapted.jsonError).toBeUndefined();
  expect((adapted.json as { platform?: string }).platform).toBe('mastodon');
  const post = { text: 'mine', verification: { status: 'verified' } };
  const own = await read(post, 'real');
  expect(own.json).toEqual(post);
  expect(own.adapting).toBeUndefined();
  expect(own.jsonError).toBeUndefined();
});
