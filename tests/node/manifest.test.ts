// custom-elements.json, as `npm run build` writes it (custom-elements-manifest.config.mjs): the
// three elements with their tags, attributes and documented events only, and module paths that
// exist in the package (dist/), so editors and Storybook can map a tag to what they import.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { codesOf } from './error-codes.js';

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  members?: { kind: string; name: string; privacy?: string }[];
  events?: { name?: string; type?: { text: string }; description?: string }[];
  cssProperties?: { name: string; default?: string }[];
  cssParts?: { name: string }[];
}
interface Export {
  kind: 'js' | 'custom-element-definition';
  name: string;
  declaration: { name: string; module?: string };
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: Export[] }[];
}

const outdir = mkdtempSync(join(tmpdir(), 'postquote-cem-'));
// (The analyzer takes --outdir relative to the working directory.)
execFileSync('npx', ['cem', 'analyze', '--quiet', '--outdir', relative(process.cwd(), outdir)], { stdio: 'pipe' });
const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8')) as Manifest;
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ path: m.path, ...d })));

test('declares the three elements by tag, each in a module the package ships', () => {
  expect(elements.map((e) => e.tagName).sort()).toEqual(['post-quote', 'tweet-quote', 'video-appeal']);
  for (const e of elements) {
    expect(e.path, e.tagName).toMatch(/^dist\/elements\/.+\.js$/);
    // The .ts it is built from exists (the build writes the .js).
    expect(existsSync(e.path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')), e.path).toBe(true);
  }
  expect(JSON.stringify(manifest)).not.toMatch(/"(path|module)": "src\//);
});

test('events are the documented postquote-* ones, each named', () => {
  const events = Object.fromEntries(elements.map((e) => [e.tagName, (e.events ?? []).map((v) => v.name).sort()]));
  expect(events).toEqual({
    'post-quote': ['postquote-error', 'postquote-reveal'],
    'tweet-quote': ['postquote-error', 'postquote-reveal'],
    'video-appeal': ['postquote-activate', 'postquote-error', 'postquote-reveal'],
  });
});

test('attributes include the shared data attributes and the video ones', () => {
  const attrs = (tag: string) => elements.find((e) => e.tagName === tag)!.attributes!.map((a) => a.name);
  for (const tag of ['post-quote', 'tweet-quote', 'video-appeal'])
    for (const name of ['href', 'author', 'datetime', 'verification', 'content-warning', 'status', 'theme'])
      expect(attrs(tag), tag).toContain(name);
  for (const name of ['poster', 'src', 'crossorigin', 'provider', 'video-id', 'start', 'duration', 'width', 'height', 'orientation'])
    expect(attrs('video-appeal')).toContain(name);
  // <tweet-quote> is always X: it ignores `platform`, which the other two read.
  expect(attrs('post-quote')).toContain('platform');
  expect(attrs('video-appeal')).toContain('platform');
  expect(attrs('tweet-quote')).not.toContain('platform');
});

test('each tag is defined in its define.js, naming the class it declares', () => {
  const definitions = manifest.modules.flatMap((m) =>
    (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ in: m.path, tag: e.name, ...e.declaration })),
  );
  expect(definitions.sort((a, b) => a.tag.localeCompare(b.tag))).toEqual([
    { in: 'dist/elements/post-quote/define.js', tag: 'post-quote', name: 'PostQuote', module: 'dist/elements/post-quote/post-quote.js' },
    {
      in: 'dist/elements/tweet-quote/define.js',
      tag: 'tweet-quote',
      name: 'TweetQuote',
      module: 'dist/elements/tweet-quote/tweet-quote.js',
    },
    {
      in: 'dist/elements/video-appeal/define.js',
      tag: 'video-appeal',
      name: 'VideoAppeal',
      module: 'dist/elements/video-appeal/video-appeal.js',
    },
  ]);
  for (const d of definitions) expect(elements.find((e) => e.path === d.module && e.name === d.name)?.tagName).toBe(d.tag);
});

test("each module's exports are what its JavaScript exports, each pointing at the module that declares it", async () => {
  for (const m of manifest.modules) {
    const exported = (m.exports ?? []).filter((e) => e.kind === 'js');
    const runtime = (await import(`../../${m.path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')}`)) as Record<string, unknown>;
    expect(exported.map((e) => e.name).sort(), m.path).toEqual(Object.keys(runtime).sort());
    for (const e of exported) {
      const home = manifest.modules.find((d) => d.path === e.declaration.module);
      expect(
        home?.declarations?.map((d) => d.name),
        `${m.path}: ${e.name}`,
      ).toContain(e.declaration.name);
    }
  }
});

test('members: none of the private ones, and the public ones are the API', () => {
  const lifecycle = ['hasUpdated', 'isUpdatePending', 'renderRoot', 'updateComplete'];
  const publicMembers = Object.fromEntries(
    elements.map((e) => [e.tagName, (e.members ?? []).filter((m) => (m.privacy ?? 'public') === 'public').map((m) => m.name)]),
  );
  for (const e of elements) {
    expect(publicMembers[e.tagName!]!.sort(), e.tagName).toEqual(
      [...lifecycle, 'post', ...(e.tagName === 'video-appeal' ? ['activate'] : [])].sort(),
    );
    expect(
      (e.members ?? []).filter((m) => m.name.startsWith('#') || m.privacy === 'private').map((m) => m.name),
      e.tagName,
    ).toEqual([]);
  }
});

test("postquote-error's description names every code the element can fire, and no other", () => {
  // <post-quote> and <tweet-quote> fire none of <video-appeal>'s own, and <video-appeal> none of <post-quote>'s.
  const codes = {
    'post-quote': codesOf([/^src\/elements\/video-appeal\//, /^src\/video\//]),
    'tweet-quote': codesOf([/^src\/elements\/video-appeal\//, /^src\/video\//]),
    'video-appeal': codesOf([/^src\/elements\/post-quote\//]),
  };
  expect(codes['video-appeal'].size).toBeGreaterThan(15);
  for (const e of elements) {
    const description = e.events?.find((v) => v.name === 'postquote-error')?.description ?? '';
    // "… `code` one of invalid-date, invalid-number, …, internal (README, Events)."
    const named = new Set(
      /`code` one of ([a-z, -]+)/
        .exec(description)?.[1]
        ?.split(',')
        .map((c) => c.trim()),
    );
    const expected = codes[e.tagName as keyof typeof codes];
    expect([...expected].filter((c) => !named.has(c)).sort(), `${e.tagName}: not named`).toEqual([]);
    expect([...named].filter((c) => !expected.has(c)).sort(), `${e.tagName}: named, never fired`).toEqual([]);
  }
});

test('each event names its class, one that src/events.ts exports', async () => {
  const classes = (await import('../../src/events.js')) as Record<string, unknown>;
  const typed = {
    'postquote-error': 'PostquoteErrorEvent',
    'postquote-reveal': 'PostquoteRevealEvent',
    'postquote-activate': 'PostquoteActivateEvent',
  };
  for (const e of elements)
    for (const event of e.events ?? []) {
      expect(event.type?.text, `${e.tagName} ${event.name}`).toBe(typed[event.name as keyof typeof typed]);
      expect(typeof classes[event.type!.text], event.type!.text).toBe('function');
    }
});

/** Each `var(--postquote-*, fallback)` in the shadow styles: property → the fallbacks it is written with. */
function fallbacks(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.styles.ts'));
  for (const f of files) {
    const text = readFileSync(join('src', f), 'utf8');
    for (const m of text.matchAll(/var\((--postquote-[a-z-]+),\s*/g)) {
      // The fallback runs to the var()'s own closing parenthesis.
      let depth = 0;
      let end = m.index + m[0].length;
      for (; end < text.length && !(text[end] === ')' && depth === 0); end++) depth += text[end] === '(' ? 1 : text[end] === ')' ? -1 : 0;
      const set = found.get(m[1]) ?? new Set();
      found.set(m[1], set.add(text.slice(m.index + m[0].length, end).trim()));
    }
  }
  return found;
}

test('each documented CSS custom property has a default, the one the styles fall back to', () => {
  const used = fallbacks();
  expect(used.size).toBeGreaterThan(10);
  for (const e of elements)
    for (const p of e.cssProperties ?? []) {
      expect(p.default, `${e.tagName} ${p.name}`).toBeDefined();
      expect([...(used.get(p.name) ?? [])], `${e.tagName} ${p.name}`).toEqual([p.default]);
    }
  // Every property the styles read is documented on some element.
  const documented = new Set(elements.flatMap((e) => (e.cssProperties ?? []).map((p) => p.name)));
  expect([...used.keys()].filter((name) => !documented.has(name))).toEqual([]);
});

test('<video-appeal> documents every custom property <post-quote> does, with the same default (they all apply to it)', () => {
  const props = (tag: string) => new Map((elements.find((e) => e.tagName === tag)!.cssProperties ?? []).map((p) => [p.name, p.default]));
  const video = props('video-appeal');
  for (const [name, fallback] of props('post-quote')) expect(video.get(name), name).toBe(fallback);
});

test('every part the templates set is documented on an element', () => {
  const set = new Set<string>();
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  for (const f of files) {
    const text = readFileSync(join('src', f), 'utf8');
    // part="a b" and part=${cond ? 'a b' : 'a'}
    for (const m of text.matchAll(/\bpart=(?:"([^"]*)"|\$\{([^}]*)\})/g))
      for (const words of m[1] !== undefined ? [m[1]] : [...m[2]!.matchAll(/'([^']*)'/g)].map((q) => q[1]!))
        for (const w of words.split(/\s+/).filter(Boolean)) set.add(w);
  }
  expect(set.size).toBeGreaterThan(20);
  const documented = new Set(elements.flatMap((e) => (e.cssParts ?? []).map((p) => p.name)));
  expect([...set].filter((p) => !documented.has(p))).toEqual([]);
});
