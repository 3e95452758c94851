// How long the readers take on hostile input as it grows, in Chromium: a light DOM of n paragraphs,
// line breaks or text nodes (readText), X v2 JSON with n-item lists (the adapter), and a date of n
// characters (parse()). Linear readers take about 4x as long for 4x the input; a quadratic one 16x.
// The tests count work instead (tests/node/work.ts, tests/node/security/redos.test.ts); this shows the time.
//
//   node bench/probes/hostile-input.mjs [--sizes 5000,20000,50000]
import * as esbuild from 'esbuild';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const argv = process.argv.slice(2);
const i = argv.indexOf('--sizes');
const sizes = (i >= 0 ? argv[i + 1] : '5000,20000,50000').split(',').map(Number);

const { outputFiles } = await esbuild.build({
  stdin: {
    contents: `export { readText } from './src/sources/text.ts'; export { adapt } from './src/platforms/adapters/index.ts'; export { parse } from './src/model/parse.ts';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  globalName: 'probe',
  write: false,
  logLevel: 'warning',
});

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><body></body>');
  await page.addScriptTag({ content: outputFiles[0].text });
  const rows = await page.evaluate((sizes) => {
    const { readText, adapt, parse } = window.probe;
    const time = (make, run) => {
      const input = make();
      const t = performance.now();
      run(input);
      return Math.round(performance.now() - t);
    };
    const dom = (html) => () => Object.assign(document.createElement('blockquote'), { innerHTML: html }); // probe only: our own markup
    const cases = {
      'readText, n paragraphs': (n) => time(dom('<p>a</p>'.repeat(n)), readText),
      'readText, n line breaks': (n) => time(dom('a <br>'.repeat(n)), readText),
      'readText, n text nodes': (n) => time(dom('ab <!-- -->'.repeat(n)), readText),
      'X v2, n media and t.co links': (n) => {
        const media = Array.from({ length: n }, (_, i) => ({ media_key: `k${i}`, type: 'photo', url: `https://pbs.twimg.com/${i}.jpg` }));
        const keys = media.map((m) => m.media_key).reverse();
        const urls = keys.map((k) => ({ url: `https://t.co/x${k}`, display_url: 'a.example', media_key: k }));
        const text = 'https://t.co/zz '.repeat(n);
        return time(
          () => ({ data: { id: '1', text, author_id: '1', attachments: { media_keys: keys }, entities: { urls } }, includes: { media } }),
          adapt,
        );
      },
      'parse(), a date of n characters': (n) => time(() => ({ text: 'x', createdAt: 'T'.repeat(n) }), parse),
    };
    return Object.entries(cases).map(([name, run]) => [name, ...sizes.map(run)]);
  }, sizes);
  console.log(`| input | ${sizes.map((n) => `n = ${n}`).join(' | ')} |\n| --- |${sizes.map(() => ' ---: |').join('')}`);
  for (const [name, ...ms] of rows) console.log(`| ${name} | ${ms.map((m) => `${m} ms`).join(' | ')} |`);
} finally {
  await browser.close();
}
