// Turns a results file into ratios, a terminal table, and the README section.
//   node bench/report.mjs [bench/results/latest.json] [--no-readme]   (re-prints; rewrites the section)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ratio } from './lib/stats.mjs';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const med = (s) => s?.median ?? null;
const ns = (res) =>
  Object.keys(res ?? {})
    .map(Number)
    .sort((a, b) => a - b);

/** Ratios to postquote and to the floor, per-element scaling, and the targets, from raw results. */
export function analyze(report) {
  const { contenders, results, bytes } = report;
  const groupRef = (g) => contenders.find((c) => c.group === g && c.ref);
  const groupFloor = (g) => contenders.find((c) => c.group === g && c.floor);
  const ratios = {};
  const scaling = {};
  for (const c of contenders) {
    const ref = groupRef(c.group);
    const floor = groupFloor(c.group);
    const res = results[c.id] ?? {};
    ratios[c.id] = {};
    for (const n of ns(res)) {
      const r = res[n];
      const refR = results[ref?.id]?.[n];
      const flR = results[floor?.id]?.[n];
      ratios[c.id][n] = {
        renderToPostquote: ratio(med(r.renderMs), med(refR?.renderMs)),
        renderToFloor: ratio(med(r.renderMs), med(flR?.renderMs)),
        heapToPostquote: ratio(med(r.heapMB), med(refR?.heapMB)),
        heapToFloor: ratio(med(r.heapMB), med(flR?.heapMB)),
      };
    }
    // Marginal cost per element between successive N, and cost above the floor per element.
    const list = ns(res).filter((n) => med(res[n].renderMs) != null);
    const marginal = {};
    const heapMarginalKB = {};
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1], list[i]];
      marginal[`${a}→${b}`] = (med(res[b].renderMs) - med(res[a].renderMs)) / (b - a);
      heapMarginalKB[`${a}→${b}`] = ((med(res[b].heapMB) - med(res[a].heapMB)) * 1024) / (b - a);
    }
    const aboveFloor = {};
    for (const n of list) {
      const f = med(results[floor?.id]?.[n]?.renderMs);
      aboveFloor[n] = f == null ? null : (med(res[n].renderMs) - f) / n;
    }
    scaling[c.id] = {
      msPerElement: Object.fromEntries(list.map((n) => [n, med(res[n].renderMs) / n])),
      marginalMsPerElement: marginal,
      aboveFloorMsPerElement: aboveFloor,
      heapMarginalKBPerElement: heapMarginalKB,
    };
  }
  const bytesRatio = {};
  for (const c of contenders) {
    const ref = groupRef(c.group);
    bytesRatio[c.id] = { brToPostquote: ratio(bytes[c.id]?.total.br, bytes[ref?.id]?.total.br) };
  }

  // Targets (reported, never asserted).
  const pq = results['pq-markup']?.[100];
  const targets = [];
  const t = (name, value, met, detail) => targets.push({ name, value, met, detail });
  const r100 = ratios['pq-markup']?.[100]?.renderToFloor ?? null;
  t(
    '100 <tweet-quote> from markup render within 2× the static floor',
    r100,
    r100 == null ? null : r100 <= 2,
    r100 == null ? 'no data' : `${r100.toFixed(2)}× the floor`,
  );
  const rt = ratio(med(results['react-tweet']?.[100]?.renderMs), med(pq?.renderMs));
  t(
    '…and ≥2× faster than react-tweet',
    rt,
    rt == null ? null : rt >= 2,
    rt == null ? 'no data' : `react-tweet takes ${rt.toFixed(2)}× as long`,
  );
  const pqIds = contenders.filter((c) => c.id.startsWith('pq-') || c.id === 'video-appeal').map((c) => c.id);
  const pqRes = pqIds.flatMap((id) => ns(results[id]).map((n) => [id, n, results[id][n]]));
  // CLS: the target is for the setup README recommends; variant rows (e.g. without
  // blocking="render") are reported beside it, not counted.
  const isVariant = (id) => !!contenders.find((c) => c.id === id)?.variant;
  const recRes = pqRes.filter(([id]) => !isVariant(id));
  const maxCls = recRes.length ? Math.max(...recRes.map(([, , r]) => r.cls?.max ?? 0)) : null;
  t(
    `CLS 0.000 for every postquote case${report.meta?.postquoteSetup ? ' (recommended setup: postquote.css + blocking="render")' : ''}`,
    maxCls,
    maxCls == null ? null : maxCls < 0.0005,
    maxCls == null
      ? 'no data'
      : `worst ${maxCls.toFixed(3)}${pqIds
          .filter((id) => !isVariant(id) && !ns(results[id]).length)
          .map((id) => `; ${id} did not run`)
          .join('')}`,
  );
  for (const id of pqIds.filter(isVariant)) {
    const rs = pqRes.filter(([i]) => i === id);
    if (!rs.length) continue;
    const worst = Math.max(...rs.map(([, , r]) => r.cls?.max ?? 0));
    const label = contenders.find((c) => c.id === id).label;
    targets.push({
      name: `for comparison, not a target: CLS of ${label}`,
      value: worst,
      met: null,
      info: true,
      detail: `worst ${worst.toFixed(3)}`,
    });
  }
  const max3p = pqRes.length ? Math.max(...pqRes.map(([, , r]) => r.thirdParty?.max ?? 0)) : null;
  t(
    'zero third-party requests before interaction (postquote)',
    max3p,
    max3p == null ? null : max3p === 0,
    max3p == null ? 'no data' : `worst ${max3p}`,
  );
  const m = scaling['pq-markup']?.marginalMsPerElement ?? {};
  const early = m['10→100'];
  const late = m['100→1000'];
  const flat = early != null && late != null ? late <= Math.max(early * 1.5, early + 0.05) : null;
  t(
    'per-element cost flat from N=10 to N=1000 (pq-markup; 100→1000 ≤ 1.5× 10→100)',
    late ?? null,
    flat,
    early == null || late == null
      ? 'no data at N=10/100/1000'
      : `${early.toFixed(3)} ms/el (10→100) vs ${late.toFixed(3)} ms/el (100→1000)`,
  );
  return { ratios, scaling, bytesRatio, targets };
}

// ---- formatting ---------------------------------------------------------------------------------
const f0 = (x) => (x == null ? '—' : x.toFixed(0));
const f1 = (x) => (x == null ? '—' : x.toFixed(1));
const f3 = (x) => (x == null ? '—' : x.toFixed(3));
const kb = (b) => (b == null ? '—' : (b / 1024).toFixed(1));
const x = (r) => (r == null ? '—' : `${r.toFixed(2)}×`);
const range = (s, fmt) => (s ? `${fmt(s.median)} [${fmt(s.min)}–${fmt(s.max)}]` : '—');

function textTable(head, rows, align) {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const cell = (v, i) => (align[i] === 'l' ? String(v).padEnd(w[i]) : String(v).padStart(w[i]));
  return [head.map(cell).join('  '), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map((r) => r.map(cell).join('  '))].join('\n');
}
function mdTable(head, rows, align) {
  const esc = (v) => String(v).replace(/\|/g, '\\|').replace(/</g, '&lt;');
  return [
    `| ${head.map(esc).join(' | ')} |`,
    `| ${align.map((a) => (a === 'l' ? ':--' : '--:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

function tables(report) {
  const { contenders, results, bytes, analysis } = report;
  const out = [];
  const allN = [...new Set(contenders.flatMap((c) => ns(results[c.id])))].sort((a, b) => a - b);
  for (const n of allN) {
    const rows = [];
    for (const c of contenders) {
      const r = results[c.id]?.[n];
      if (!r) continue;
      const q = analysis.ratios[c.id][n];
      rows.push([
        c.label,
        r.runs ? range(r.renderMs, f0) : `— (${r.note ?? 'no runs'})`,
        x(q.renderToPostquote),
        x(q.renderToFloor),
        r.runs ? f0(r.tbtMs?.median) : '—',
        r.runs ? f3(r.cls?.max) : '—',
        r.runs ? `${f0(r.requests?.median)} (${f0(r.thirdParty?.max)})` : '—',
        r.runs ? f1(r.heapMB?.median) : '—',
      ]);
    }
    out.push({
      title: `N = ${n} embeds on one page — median [min–max] of ${Math.max(...contenders.map((c) => results[c.id]?.[n]?.runs ?? 0))} runs`,
      head: ['contender', 'render ms', '×postquote', '×floor', 'TBT ms', 'CLS max', 'req (3rd-party)', 'heap MB'],
      align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      rows,
    });
  }
  out.push({
    title: 'JavaScript and CSS shipped (KiB; what each page loaded, lazy chunks included)',
    head: ['contender', 'JS raw', 'JS gzip', 'JS br', 'CSS raw', 'CSS gzip', 'CSS br', 'total br', '×postquote'],
    align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    rows: contenders
      .filter((c) => bytes[c.id])
      .map((c) => {
        const b = bytes[c.id];
        return [
          c.label,
          kb(b.js.raw),
          kb(b.js.gzip),
          kb(b.js.br),
          kb(b.css.raw),
          kb(b.css.gzip),
          kb(b.css.br),
          kb(b.total.br),
          x(analysis.bytesRatio[c.id].brToPostquote),
        ];
      }),
  });
  const segs = [...new Set(contenders.flatMap((c) => Object.keys(analysis.scaling[c.id]?.marginalMsPerElement ?? {})))];
  out.push({
    title: 'Per-element cost: marginal render ms per added embed (and heap KiB per embed) between successive N',
    head: ['contender', ...segs.map((s) => `ms/el ${s}`), ...segs.map((s) => `KiB/el ${s}`)],
    align: ['l', ...segs.map(() => 'r'), ...segs.map(() => 'r')],
    rows: contenders
      .filter((c) => Object.keys(analysis.scaling[c.id]?.marginalMsPerElement ?? {}).length)
      .map((c) => {
        const s = analysis.scaling[c.id];
        return [c.label, ...segs.map((k) => f3(s.marginalMsPerElement[k])), ...segs.map((k) => f1(s.heapMarginalKBPerElement[k]))];
      }),
  });
  return out;
}

const mark = (met) => (met == null ? '?' : met ? 'yes' : 'NO');

/** Prints the terminal table to stdout; returns the README section (markdown). */
export function printReport(report) {
  const ts = tables(report);
  const { meta, contenders, analysis } = report;
  const m = meta.machine;
  const skipped = contenders.filter((c) => c.status !== 'ok');
  const lines = [];
  lines.push(
    `postquote bench — ${meta.date.slice(0, 16).replace('T', ' ')} UTC — ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB — Chromium ${meta.chromium}`,
  );
  const busy =
    m.load && Math.max(m.load.start, m.load.end) > m.cores
      ? `machine was busy (1-min load ${m.load.start} → ${m.load.end} on ${m.cores} cores): absolute times are inflated; the interleaved ratios are the numbers to read`
      : null;
  if (busy) lines.push(`WARNING: ${busy}`);
  lines.push(
    `ratios: ×postquote = this contender ÷ postquote's case in the same group (posts: <tweet-quote> markup; videos: <video-appeal>); ×floor = ÷ static HTML`,
  );
  if (meta.postquoteSetup) lines.push(`postquote pages load: ${meta.postquoteSetup.recommended} (the setup README recommends)`);
  for (const t of ts) lines.push('', t.title, textTable(t.head, t.rows, t.align));
  lines.push('', 'Targets (reported, not asserted):');
  for (const t of analysis.targets) lines.push(`  [${t.info ? 'info' : mark(t.met)}] ${t.name}: ${t.detail}`);
  if (skipped.length) {
    lines.push('', 'Skipped:');
    for (const c of skipped) lines.push(`  ${c.label}: ${c.note}`);
  }
  const notes = contenders.flatMap((c) =>
    Object.entries(report.results[c.id] ?? {})
      .filter(([, r]) => r.note)
      .map(([n, r]) => `  ${c.label} at N=${n}: ${r.note}`),
  );
  if (notes.length) lines.push('', 'Stopped early:', ...notes);
  console.log(lines.join('\n'));

  const md = [];
  md.push('## Benchmark', '');
  md.push(
    `Generated by \`npm run bench\` (bench/run.mjs) — do not edit by hand; see [bench/README.md](bench/README.md) for the method and caveats.`,
    '',
  );
  md.push(
    `- **When:** ${meta.date.slice(0, 10)}, postquote ${meta.postquote.version} at ${meta.postquote.commit ?? '?'}${meta.postquote.dirty ? ' (src/ had uncommitted changes)' : ''}`,
  );
  md.push(`- **Machine:** ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM, ${m.os}; Node ${meta.node}`);
  md.push(
    `- **Browser:** Chromium ${meta.chromium} (headless, no GPU${meta.options.cpuThrottle > 1 ? `, CPU throttled ${meta.options.cpuThrottle}×` : ''})`,
  );
  md.push(
    `- **Contenders:** ${Object.entries(meta.packages)
      .filter(([k]) => !['lit', 'esbuild', 'playwright'].includes(k))
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')} (built with esbuild ${meta.packages.esbuild}; driven by Playwright ${meta.packages.playwright})`,
  );
  if (meta.postquoteSetup)
    md.push(
      `- **postquote setup:** as README recommends, \`${meta.postquoteSetup.recommended}\` in \`<head>\`; the row “without blocking=render” loads \`${meta.postquoteSetup.withoutBlocking}\`${meta.postquoteSetup.germanBundle ? `; the “lang=de page” rows are the same cards in a German page, with the recommended setup (the German catalog fetched on demand) or with \`${meta.postquoteSetup.germanBundle}\`` : ''}`,
    );
  if (busy) md.push(`- **Warning:** ${busy}`);
  md.push(
    `- **Runs:** ${meta.options.runs} per contender and N, interleaved; images delayed ${meta.options.imageDelayMs} ms; settle ${meta.options.settleMs} ms after render`,
    '',
  );
  for (const t of ts) md.push(`**${t.title}**`, '', mdTable(t.head, t.rows, t.align), '');
  md.push('**Targets** (reported, not asserted)', '');
  for (const t of analysis.targets) md.push(`- ${t.info ? 'ℹ️' : t.met == null ? '❔' : t.met ? '✅' : '❌'} ${t.name}: ${t.detail}`);
  if (skipped.length) md.push('', '**Skipped:** ' + skipped.map((c) => `${c.label} — ${c.note}`).join('; '));
  return md.join('\n') + '\n';
}

/** Writes bench/results/README-section.md and replaces only the text between the markers in README.md. */
export function writeReadme(root, section) {
  writeFileSync(join(root, 'bench/results/README-section.md'), section);
  const file = join(root, 'README.md');
  const block = `${START}\n${section}${END}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const a = current.indexOf(START);
  const b = current.indexOf(END, a + START.length);
  const next =
    a >= 0 && b >= 0
      ? current.slice(0, a) + block + current.slice(b + END.length)
      : `${current}${current && !current.endsWith('\n') ? '\n' : ''}${current ? '\n' : ''}${block}\n`;
  if (next !== current) writeFileSync(file, next);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(root, 'bench/results/latest.json');
  const report = JSON.parse(readFileSync(file, 'utf8'));
  report.analysis = analyze(report);
  const section = printReport(report);
  if (!process.argv.includes('--no-readme')) writeReadme(root, section);
}
