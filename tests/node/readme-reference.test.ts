// README's reference lists (attributes, parts, custom properties) name exactly what src/ reads and
// renders: a part or property added to the card, or an attribute the elements observe, is documented,
// and README lists none that no longer exists.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { postAttributes } from '../../src/sources/attributes.js';

const readme = readFileSync('README.md', 'utf8');
const section = (from: string, to: string) => readme.slice(readme.indexOf(from), readme.indexOf(to, readme.indexOf(from)));
const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join('src', f), 'utf8'));
/** The `code` spans of `text` that are a lowercase name (`card`, `no-counts`, `orientation="portrait"`), not markup. */
const names = (text: string) => new Set([...text.matchAll(/`([a-z][a-z-]*)(?:="[^"`]*")?`/g)].map((m) => m[1]!));
const sorted = (s: Iterable<string>) => [...s].sort();

test("README's Styling lists exactly the parts src/ renders", () => {
  // `part="a b"` in templates, and the quoted names in a computed `part=${…}`.
  const rendered = new Set(
    sources.flatMap((s) => [
      ...[...s.matchAll(/\bpart="([^"]+)"/g)].flatMap((m) => m[1]!.split(/\s+/)),
      ...[...s.matchAll(/\bpart=\$\{([^}]+)\}/g)].flatMap((m) => [...m[1]!.matchAll(/'([^']+)'/g)].flatMap((q) => q[1]!.split(/\s+/))),
    ]),
  );
  expect(rendered.size).toBeGreaterThan(20);
  const styling = section('### Styling', '## Privacy');
  const documented = new Set([
    ...names(/Parts: ([^]*?)\.\n/.exec(styling)?.[1] ?? ''),
    ...names(/its card is also the part (`[a-z-]+`)/.exec(styling)?.[1] ?? ''),
    ...names(/; parts ([^]*?)\.\n/.exec(styling)?.[1] ?? ''),
  ]);
  expect(sorted(documented)).toEqual(sorted(rendered));
});

test("README's Styling lists exactly the custom properties the styles read", () => {
  const css = [...sources, readFileSync('postquote.css', 'utf8')].join('\n');
  const read = new Set([...css.matchAll(/--postquote-[a-z-]+/g)].map((m) => m[0]));
  expect(read.size).toBeGreaterThan(10);
  const documented = new Set([...section('### Styling', '## Privacy').matchAll(/`(--postquote-[a-z-]+)`/g)].map((m) => m[1]!));
  expect(sorted(documented)).toEqual(sorted(read));
});

test("README's Attributes table lists exactly the attributes the quote elements observe", () => {
  const table = section('| attribute | meaning |', '\n\n');
  const documented = new Set([...table.matchAll(/^\| ([^|]+) \|/gm)].flatMap((m) => [...names(m[1]!)]));
  expect(sorted(documented)).toEqual(sorted(postAttributes));
});

test("README's <video-appeal> section names every attribute of its own", () => {
  const video = readFileSync('src/elements/video-appeal/video-appeal.ts', 'utf8');
  const list = (re: RegExp) => [...(re.exec(video)?.[1] ?? '').matchAll(/'([a-z-]+)'/g)].map((m) => m[1]!);
  const own = [
    ...list(/const videoAttributes = \[([^\]]*)\]/),
    ...list(/extraAttributes = \[([^\]]*)\]/),
    // Read by the player (src/video/player.ts), not observed.
    'crossorigin',
  ];
  expect(own.length).toBeGreaterThan(8);
  const documented = names(section('Attributes beyond the common ones:', '\n\n'));
  expect(own.filter((a) => !documented.has(a))).toEqual([]);
});

/** The package paths README names: 'postquote/model' in an import, `postquote/markup` in prose, "postquote/react" in a tsconfig, `postquote/cdn/…` for a folder's files (not /assets/postquote/…). */
const readmePaths = new Set(
  [...readme.matchAll(/(?<![/\w])['"`](postquote(?:\/[\w./-]+…?)?)['"`]/g)].map((m) => m[1]!.replace(/^postquote/, '.').replace(/…$/, '*')),
);
const exported = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { exports: object }).exports);

test("README's import paths are the package's exports", () => {
  expect(readmePaths.size).toBeGreaterThan(6);
  expect([...readmePaths].filter((p) => !exported.includes(p))).toEqual([]);
});

test('README names every path the package exports', () => {
  expect(exported.length).toBeGreaterThan(10);
  expect(exported.filter((p) => !readmePaths.has(p))).toEqual([]);
});

test("README's <video-appeal> parts are the ones its class documents", () => {
  // The parts a class's JSDoc lists (`@csspart name - …`), which custom-elements.json carries.
  const jsdoc = (file: string) => new Set([...readFileSync(file, 'utf8').matchAll(/@csspart ([a-z-]+)/g)].map((m) => m[1]!));
  const quote = jsdoc('src/elements/post-quote/post-quote.ts');
  const video = jsdoc('src/elements/video-appeal/video-appeal.ts');
  expect(video.size).toBeGreaterThan(15);
  const styling = section('### Styling', '## Privacy');
  // README: the common parts, but those it says <video-appeal> has not ("(no `media` or `quoted`)"), and its own.
  const common = names(/Parts: ([^]*?)\.\n/.exec(styling)?.[1] ?? '');
  expect(sorted(common)).toEqual(sorted([...quote].filter((p) => p !== 'nested')));
  const not = names(/takes the same properties and parts \(no ([^)]*)\)/.exec(styling)?.[1] ?? '');
  const own = names(/; parts ([^]*?)\.\n/.exec(styling)?.[1] ?? '');
  const documented = new Set([...common, ...(/its card is also the part `nested`/.test(styling) ? ['nested'] : []), ...own]);
  not.forEach((p) => documented.delete(p));
  expect(sorted(documented)).toEqual(sorted(video));
});

test("README's Events names exactly the events src/events.ts defines, and the classes the package exports", () => {
  const events = readFileSync('src/events.ts', 'utf8');
  const types = new Set([...events.matchAll(/super\('(postquote-[a-z]+)'/g)].map((m) => m[1]!));
  const classes = new Set([...events.matchAll(/export class (\w+Event) /g)].map((m) => m[1]!));
  expect(types.size).toBe(classes.size);
  const intro = section('### Events', '| code |');
  expect(sorted(new Set([...intro.matchAll(/`(postquote-[a-z]+)`/g)].map((m) => m[1]!)))).toEqual(sorted(types));
  // Each type's class is `Postquote` + its name + `Event`, exported from the package's entry.
  const index = readFileSync('src/index.ts', 'utf8');
  for (const type of types) {
    const name = `Postquote${type[10]!.toUpperCase()}${type.slice(11)}Event`;
    expect(classes.has(name), name).toBe(true);
    expect(index, name).toMatch(new RegExp(`export \\{[^}]*\\b${name}\\b[^}]*\\} from './events.js'`));
  }
});
