// Bundles the contenders that do not ship a ready script-tag build: production mode, minified,
// ES modules, each with its CSS beside it (bench/dist/<name>.js + <name>.css). postquote itself is
// not built here: the bench loads the real `dist/cdn/postquote.min.js` from `npx rollup -c`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const outdir = here('./dist');
mkdirSync(outdir, { recursive: true });

const result = await esbuild.build({
  entryPoints: {
    'react-tweet': here('./entries/react-tweet.jsx'),
    bluesky: here('./entries/bluesky.js'),
    'lite-youtube': here('./entries/lite-youtube.js'),
    'lite-youtube-embed': here('./entries/lite-youtube-embed.js'),
  },
  outdir,
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
writeFileSync(here('./dist/meta.json'), JSON.stringify(result.metafile));
for (const [file, out] of Object.entries(result.metafile.outputs)) {
  console.log(`[bench:build] ${file.replace(/^.*bench\//, 'bench/')} ${(out.bytes / 1024).toFixed(1)} KiB`);
}
