// Size report: min, gzip and brotli bytes per script-tag entry (with its static imports), the
// on-demand chunks apart, and where the bytes go by module. Exits 1 when a budget is exceeded.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

const dir = 'dist/cdn';
const budgets = JSON.parse(readFileSync('scripts/size-budget.json', 'utf8'));
const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(2).padStart(6) + ' KB';

/** Minified bytes per source module, read from the chunk's source map (base64 VLQ mappings). */
function attribute(file) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const segments = [];
  let source = 0;
  map.mappings.split(';').forEach((line, li) => {
    let column = 0;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const d = digits.indexOf(ch);
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      segments.push([lineStarts[li] + column, fields.length > 1 ? source : -1]);
    }
  });
  const bytes = {};
  segments.forEach(([at, src], i) => {
    const name = src < 0 ? '(unmapped)' : map.sources[src].replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
    bytes[name] = (bytes[name] ?? 0) + (i + 1 < segments.length ? segments[i + 1][0] : code.length) - at;
  });
  return bytes;
}

const entries = readdirSync(dir)
  .filter((f) => f.endsWith('.modules.json'))
  .map((f) => f.replace('.modules.json', ''));
let failed = false;
const rows = [];
for (const name of entries.sort()) {
  const report = JSON.parse(readFileSync(join(dir, `${name}.modules.json`), 'utf8'));
  const entryFile = `${name}.min.js`;
  const staticFiles = new Set();
  const walk = (f) => {
    if (staticFiles.has(f)) return;
    staticFiles.add(f);
    for (const i of report[f]?.imports ?? []) walk(i);
  };
  walk(entryFile);
  const lazy = Object.keys(report).filter((f) => !staticFiles.has(f));
  const bytes = Buffer.concat([...staticFiles].map((f) => readFileSync(join(dir, f))));
  const size = { min: bytes.length, gzip: gz(bytes), brotli: br(bytes) };
  const budget = budgets[entryFile];
  const over = budget !== undefined && size.gzip > budget;
  failed ||= over;
  rows.push({ entryFile, size, budget, over, lazy, report, staticFiles });
}

console.log('\nscript-tag bundles (entry + static imports)      min        gzip      brotli    budget (gzip)');
for (const r of rows) {
  const status = r.budget === undefined ? '' : `${kb(r.budget)} ${r.over ? 'OVER BUDGET' : 'ok'}`;
  console.log(`  ${r.entryFile.padEnd(44)} ${kb(r.size.min)} ${kb(r.size.gzip)} ${kb(r.size.brotli)}   ${status}`);
  for (const f of r.lazy) {
    const b = readFileSync(join(dir, f));
    console.log(`    on demand: ${f.padEnd(33)} ${kb(b.length)} ${kb(gz(b))} ${kb(br(b))}`);
  }
}
const byName = Object.fromEntries(rows.map((r) => [r.entryFile, r.size.gzip]));
if (byName['postquote.min.js'] && byName['post-quote.min.js']) {
  console.log(`  everything beyond <post-quote>/<tweet-quote> adds ${kb(byName['postquote.min.js'] - byName['post-quote.min.js'])} gzip`);
}
const all = rows.find((r) => r.entryFile === 'postquote.min.js') ?? rows[0];
if (all) {
  const mods = Object.entries(attribute(join(dir, all.entryFile))).sort((a, b) => b[1] - a[1]);
  const total = mods.reduce((s, [, n]) => s + n, 0);
  console.log(`\nwhere the bytes of ${all.entryFile} go (minified bytes by source module, from its source map; top 25 of ${mods.length}):`);
  for (const [id, n] of mods.slice(0, 25)) console.log(`  ${String(n).padStart(7)}  ${((100 * n) / total).toFixed(1).padStart(5)}%  ${id}`);
}
// The fallback stylesheet a page loads render-blocking in <head>: the minified build beside its commented source.
const css = join(dir, 'postquote.min.css');
if (existsSync(css)) {
  const [source, min] = [readFileSync('postquote.css'), readFileSync(css)];
  const over = budgets['postquote.min.css'] !== undefined && gz(min) > budgets['postquote.min.css'];
  failed ||= over;
  console.log(`\nstylesheet                                          min        gzip      brotli    budget (gzip)`);
  console.log(`  ${'postquote.css (source, with comments)'.padEnd(44)} ${kb(source.length)} ${kb(gz(source))} ${kb(br(source))}`);
  console.log(
    `  ${'postquote.min.css'.padEnd(44)} ${kb(min.length)} ${kb(gz(min))} ${kb(br(min))}   ${kb(budgets['postquote.min.css'] ?? 0)} ${over ? 'OVER BUDGET' : 'ok'}`,
  );
} else failed = true;
if (!existsSync(join(dir, 'postquote.min.js'))) failed = true;
if (failed) {
  console.error('\nsize budget exceeded (scripts/size-budget.json)');
  process.exit(1);
}
