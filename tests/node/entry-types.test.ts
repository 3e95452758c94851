// What a TypeScript project gets from each package entry: the declarations `npm run build` emits
// (tsc --emitDeclarationOnly, as in package.json) are resolved through package.json "exports", as
// a consumer with `moduleResolution: bundler` and `strict` resolves them, and consumer code that
// imports one entry alone and listens for postquote's events type-checks. The events' entries in
// GlobalEventHandlersEventMap live in events.d.ts, which each element entry must bring along.
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const consumer = mkdtempSync(join(tmpdir(), 'postquote-types-'));
const pkg = join(consumer, 'node_modules', 'postquote');

// The package as installed: package.json, and dist/ with the declarations only (types resolve through the "types" conditions).
const config = ts.getParsedCommandLineOfConfigFile(
  join(root, 'tsconfig.json'),
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
)!;
const emitted = ts
  .createProgram(config.fileNames, { ...config.options, emitDeclarationOnly: true, declaration: true, outDir: join(pkg, 'dist') })
  .emit();
mkdirSync(pkg, { recursive: true });
cpSync(join(root, 'package.json'), join(pkg, 'package.json'));
// The package's own dependency (lit), as npm installs it beside it.
symlinkSync(join(root, 'node_modules', 'lit'), join(consumer, 'node_modules', 'lit'), 'dir');
for (const name of ['@lit', 'lit-html', 'lit-element'])
  symlinkSync(join(root, 'node_modules', name), join(consumer, 'node_modules', name), 'dir');
// A React project's own types (for postquote/react).
mkdirSync(join(consumer, 'node_modules', '@types'));
for (const name of ['@types/react', 'csstype']) symlinkSync(join(root, 'node_modules', name), join(consumer, 'node_modules', name), 'dir');

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

// Source files are shared between the programs (one per entry: an entry must not lean on another's globals).
const host = ts.createCompilerHost(options);
const cache = new Map<string, ts.SourceFile | undefined>();
const getSourceFile = host.getSourceFile.bind(host);
host.getSourceFile = (file, language) => {
  if (!cache.has(file)) cache.set(file, getSourceFile(file, language));
  return cache.get(file);
};

let files = 0;
/** The diagnostics of `code` (a consumer module; `.tsx` with React's JSX transform), as "file(line): message". */
function check(code: string, ext: 'ts' | 'tsx' = 'ts', more: ts.CompilerOptions = {}): string[] {
  const file = join(consumer, 'src', `consumer-${files++}.${ext}`);
  mkdirSync(join(consumer, 'src'), { recursive: true });
  writeFileSync(file, code);
  const program = ts.createProgram([file], { ...options, ...(ext === 'tsx' && { jsx: ts.JsxEmit.ReactJSX }), ...more }, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName.replace(consumer, '')}(${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1})` : '';
    return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

/** Listening for each event the element fires (and for consent on the document), reading its typed fields. */
const listeners = (el: string, events: string[]) => `
  ${el}.addEventListener('postquote-error', (e) => { const s: string = e.code; void s; });
  ${el}.addEventListener('postquote-reveal', (e) => { const r: Event = e; void r; });
  ${events.includes('activate') ? `${el}.addEventListener('postquote-activate', (e) => { const s: string = e.provider + e.url; void s; });` : ''}
  document.addEventListener('postquote-consent', (e) => { const g: boolean = e.granted; void g; });
`;

const elements = [
  { tag: 'tweet-quote', entry: 'tweet-quote', className: 'TweetQuote', events: [] },
  { tag: 'post-quote', entry: 'post-quote', className: 'PostQuote', events: [] },
  { tag: 'video-appeal', entry: 'video-appeal', className: 'VideoAppeal', events: ['activate'] },
];

test('the declarations are emitted without errors', () => {
  expect(emitted.diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
});

test.each(elements)('postquote/$entry/define alone: the tag and its events are typed', ({ tag, entry, events }) => {
  const code = `import 'postquote/${entry}/define';\nconst el = document.createElement('${tag}');\n${listeners('el', events)}`;
  expect(check(code)).toEqual([]);
});

test.each(elements)('postquote/$entry alone (the class, not defined): its events are typed', ({ entry, className, events }) => {
  const code = `import { ${className} } from 'postquote/${entry}';\nconst el = new ${className}();\n${listeners('el', events)}`;
  expect(check(code)).toEqual([]);
});

test('postquote: all three tags and their events, and the event classes', () => {
  const code = `import { PostquoteActivateEvent } from 'postquote';
    const el = document.createElement('video-appeal');
    ${listeners('el', ['activate'])}
    el.addEventListener('postquote-activate', (e) => { const a: PostquoteActivateEvent = e; void a; });
    document.createElement('tweet-quote').post = { text: 'hi' };`;
  expect(check(code)).toEqual([]);
});

test('postquote/markup: toMarkup() takes a post and its options, and gives the HTML and the problems', () => {
  const code = `import { toMarkup, type MarkupOptions } from 'postquote/markup';
    import type { Post, Problem } from 'postquote/model';
    const post: Post = { text: 'hi', author: { name: 'A' } };
    const options: MarkupOptions = { element: 'tweet-quote', summary: 'Show the photo', lang: 'de' };
    toMarkup(post, { element: 'video-appeal', transcript: 'Words', quoteStart: '0:12' });
    const { html, problems } = toMarkup(post, options);
    const s: string = html; const p: Problem[] = problems; void s; void p;
    toMarkup(JSON.parse('{}'));`;
  expect(check(code)).toEqual([]);
  expect(
    check(`import { toMarkup } from 'postquote/markup';
toMarkup({}, { element: 'video' });`).join('\n'),
  ).toMatch(/'"video"' is not assignable/);
});

test('a mistake is still caught (the check is not vacuous)', () => {
  const code = `import 'postquote/post-quote/define';\ndocument.createElement('post-quote').addEventListener('postquote-error', (e) => e.nope);`;
  expect(check(code).join('\n')).toMatch(/Property 'nope' does not exist on type 'PostquoteErrorEvent'/);
});

// postquote/react: the tags in a React + TypeScript project's JSX (types only: the entry has no JavaScript).
const jsx = `
  import 'postquote';
  import type { Post } from 'postquote';
  const post: Post = { text: 'hi', author: { name: 'A' } };
  export const quote = (
    <tweet-quote href="https://x.com/a/status/1" shares={37000} likes="1,200" anonymize no-counts={false} author-verified="false"
      post={post} className="q" lang="en"
      onpostquote-error={(e) => { const c: string = e.code; void c; }}
      onpostquote-reveal={(e) => { const r: Event = e; void r; }}
      ref={(el) => { if (el) el.post = post; }}>
      <blockquote lang="en">hi</blockquote>
    </tweet-quote>
  );
  export const any = <post-quote platform="mastodon" verification="unverified" status="deleted" theme="dark" time-zone="UTC" />;
  export const old = <post-quote platform="twitter" />;
  export const video = (
    <video-appeal provider="youtube" video-id="M7lc1UVf-VE" start={12} duration="PT39S" orientation="portrait" crossorigin="anonymous"
      onpostquote-activate={(e) => { e.preventDefault(); const u: string = e.provider + e.url; void u; }} />
  );`;

test('postquote/react: the three tags, their attributes, `post`, `ref` and event props type-check in JSX', () => {
  expect(check(`/// <reference types="postquote/react" />\n${jsx}`, 'tsx')).toEqual([]);
  // Or once for the project, in its tsconfig.json (compilerOptions.types, resolved from the tsconfig's folder).
  expect(check(jsx, 'tsx', { types: ['postquote/react'], configFilePath: join(consumer, 'tsconfig.json') })).toEqual([]);
});

test("without postquote/react, React's JSX does not know the tags (what the entry is for)", () => {
  expect(check(jsx, 'tsx').join('\n')).toMatch(/Property 'tweet-quote' does not exist on type 'JSX.IntrinsicElements'/);
});

test('postquote/react catches a wrong value, an event prop in camelCase, a wrong event field and a platform on <tweet-quote>', () => {
  const errors = check(
    `/// <reference types="postquote/react" />
    export const a = <post-quote anonymize={42} />;
    export const b = <post-quote verification="true" />;
    export const c = <post-quote onpostquote-error={(e) => e.nope} />;
    export const d = <tweet-quote platform="x" />;
    export const e = <post-quote post={{ text: 1 }} />;
    export const f = <post-quote onPostquoteError={() => {}} />;`,
    'tsx',
  );
  expect(errors.map((e) => e.match(/\((\d+)\)/)![1])).toEqual(['2', '3', '4', '5', '6', '7']);
});
