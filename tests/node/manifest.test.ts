// custom-elements.json, as `npm run build` writes it (custom-elements-manifest.config.mjs): the
// three elements with their tags, attributes and documented events only, and module paths that
// exist in the package (dist/), so editors and Storybook can map a tag to what they import.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  events?: { name?: string }[];
  cssProperties?: { name: string; default?: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
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
  for (const name of ['provider', 'video-id', 'poster', 'duration']) expect(attrs('video-appeal')).toContain(name);
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
