// custom-elements.json, as `npm run build` writes it (custom-elements-manifest.config.mjs): the
// three elements with their tags, attributes and documented events only, and module paths that
// exist in the package (dist/), so editors and Storybook can map a tag to what they import.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  events?: { name?: string }[];
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
