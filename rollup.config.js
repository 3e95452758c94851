// Two builds: (a) ESM modules for npm, lit and dompurify left as imports; (b) self-registering
// minified script-tag bundles with everything inlined, DOMPurify split into an on-demand chunk.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { transform } from 'esbuild';

// Each build starts from clean output: dist/cdn's chunks are named by hash, so a changed chunk would leave its old
// file beside the new one (scripts/size.mjs and anything that reads dist/cdn would count stale chunks). Only
// what Rollup writes goes; the declarations tsc writes beside the ESM modules (npm run build) stay.
rmSync('dist/cdn', { recursive: true, force: true });
if (existsSync('dist')) for (const f of readdirSync('dist', { recursive: true })) if (/\.js$/.test(f)) rmSync(`dist/${f}`);

const ts = () => typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: undefined, rootDir: 'src', noEmitOnError: true });

/** Records the chunk graph (which chunk imports which, statically or on demand) for the size report. */
function moduleReport(file) {
  return {
    name: 'module-report',
    generateBundle(_options, bundle) {
      const chunks = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunks[chunk.fileName] = {
          isEntry: chunk.isEntry,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
        };
      }
      mkdirSync('dist/cdn', { recursive: true });
      writeFileSync(file, JSON.stringify(chunks, null, 1));
    },
  };
}

/**
 * Script-tag bundles: `postquote` registers every element; `post-quote` is the per-element budget;
 * `postquote.<lang>` is every element with that language's catalog built in, so a page in that
 * language renders its cards at first paint instead of after a catalog request (languageEntry below).
 */
const languages = ['de', 'fr', 'es', 'ar'];
const cdnEntries = {
  postquote: 'src/cdn/all.ts',
  'post-quote': 'src/cdn/post-quote.ts',
  ...Object.fromEntries(languages.map((lang) => [`postquote.${lang}`, `\0postquote-lang:${lang}`])),
};

/**
 * Virtual modules of the per-language bundles: the entry registers the catalog (its own module, so
 * it is evaluated first), then imports every element. Only the entry's imports differ from `postquote`.
 */
function languageEntry() {
  const src = (path) => JSON.stringify(fileURLToPath(new URL(`src/${path}`, import.meta.url)));
  const virtual = /^\0postquote-(lang|catalog):(\w+)$/;
  return {
    name: 'language-entry',
    resolveId: (id) => (virtual.test(id) ? id : null),
    load(id) {
      const [, kind, lang] = virtual.exec(id) ?? [];
      if (kind === 'lang')
        return `import ${src('cdn/entry-url.ts')};\nimport '\\0postquote-catalog:${lang}';\nimport ${src('index.ts')};\n`;
      if (kind === 'catalog')
        return `import { addCatalog } from ${src('i18n/catalog.ts')};\nimport messages from ${src(`i18n/messages/${lang}.ts`)};\naddCatalog('${lang}', messages);\n`;
      return null;
    },
  };
}

/**
 * postquote.css, minified beside the script-tag bundles (dist/cdn/postquote.min.css): the file a page
 * loads render-blocking in <head>. The source keeps its comments, which are most of its bytes.
 */
function minifiedStylesheet() {
  return {
    name: 'minified-stylesheet',
    async generateBundle() {
      const css = readFileSync('postquote.css', 'utf8');
      const { code, warnings } = await transform(css, { loader: 'css', minifyWhitespace: true, charset: 'utf8', legalComments: 'none' });
      if (warnings.length) this.error(`postquote.css: ${warnings.map((w) => w.text).join('; ')}`);
      // esbuild keeps the space after a custom property's colon and after a comma in a value (var()'s
      // fallback, light-dark()), which CSS does not read: 200 bytes, 23 B gzip. Strings are kept as they are.
      const tight = code.replace(
        /('(?:\\[^]|[^'\\])*'|"(?:\\[^]|[^"\\])*")|(--[\w-]+): |, /g,
        (_, string, property) => string ?? (property ? `${property}:` : ','),
      );
      this.emitFile({ type: 'asset', fileName: 'postquote.min.css', source: tight });
    },
  };
}

const terserOptions = { ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } };

export default [
  {
    input: {
      index: 'src/index.ts',
      'elements/post-quote/post-quote': 'src/elements/post-quote/post-quote.ts',
      'elements/post-quote/define': 'src/elements/post-quote/define.ts',
      'elements/tweet-quote/tweet-quote': 'src/elements/tweet-quote/tweet-quote.ts',
      'elements/tweet-quote/define': 'src/elements/tweet-quote/define.ts',
      'elements/video-appeal/video-appeal': 'src/elements/video-appeal/video-appeal.ts',
      'elements/video-appeal/define': 'src/elements/video-appeal/define.ts',
      'model/index': 'src/model/index.ts',
      'model/markup': 'src/model/markup.ts',
    },
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id === 'dompurify',
    plugins: [ts()],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
  },
  // One self-contained config per script-tag entry, so no entry depends on another's chunk.
  ...Object.entries(cdnEntries).map(([name, input]) => ({
    input: { [name]: input },
    plugins: [
      languageEntry(),
      resolve(),
      ts(),
      minifyHTML(),
      terser(terserOptions),
      moduleReport(`dist/cdn/${name}.modules.json`),
      ...(name === 'postquote' ? [minifiedStylesheet()] : []),
    ],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].min.js',
      // src/safety/sanitize.ts and DOMPurify form one chunk (one request when a post carries HTML), named after DOMPurify.
      chunkFileNames: (chunk) =>
        chunk.moduleIds.some((id) => id.includes('/dompurify/')) ? 'purify-[hash].min.js' : '[name]-[hash].min.js',
      sourcemap: true,
    },
  })),
];
