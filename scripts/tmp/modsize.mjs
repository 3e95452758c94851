import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
const b = await rollup({ input: 'src/cdn/all.ts', plugins: [resolve(), typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: undefined, rootDir: 'src' })], onwarn(){} });
const { output } = await b.generate({ format: 'es' });
const rows=[];
for (const [id, m] of Object.entries(output[0].modules)) {
  if (!m.code) continue;
  const r = await minify(m.code, { module: true, compress: true, mangle: true });
  rows.push([id.replace(/.*node_modules\//,'').replace(process.cwd()+'/',''), r.code.length, gzipSync(r.code).length]);
}
rows.sort((a,b)=>b[1]-a[1]); let t=0,g=0;
for (const r of rows) { t+=r[1]; g+=r[2]; console.log(String(r[1]).padStart(6), String(r[2]).padStart(6), r[0]); }
console.log(t, g);
