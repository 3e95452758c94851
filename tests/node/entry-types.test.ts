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
/** The diagnostics of `code` (a consumer module), as "file(line): message". */
function check(code: string): string[] {
  const file = join(consumer, 'src', `consumer-${files++}.ts`);
  mkdirSync(join(consumer, 'src'), { recursive: true });
  writeFileSync(file, code);
  const program = ts.createProgram([file], options, host);
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

test('a mistake is still caught (the check is not vacuous)', () => {
  const code = `import 'postquote/post-quote/define';\ndocument.createElement('post-quote').addEventListener('postquote-error', (e) => e.nope);`;
  expect(check(code).join('\n')).toMatch(/Property 'nope' does not exist on type 'PostquoteErrorEvent'/);
});
