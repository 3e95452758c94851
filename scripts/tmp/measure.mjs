import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { gzipSync } from 'node:zlib';
const stub = (re, code) => ({ name: 'stub', load(id) { return re.test(id) ? code : null; } });
async function size(label, plugins = []) {
  const b = await rollup({ input: 'src/cdn/all.ts', plugins: [...plugins, resolve(), typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: undefined, rootDir: 'src' })], onwarn() {} });
  const { output } = await b.generate({ format: 'es', plugins: [terser({ module: true, compress: { passes: 2 } })] });
  const c = output[0].code;
  console.log(label.padEnd(30), c.length, gzipSync(c, { level: 9 }).length);
}
await size('all');
await size('no de/fr/es/ar', [stub(/messages\/(de|fr|es|ar)\.ts$/, 'export default {}')]);
await size('no styles', [stub(/card\.styles\.ts$/, "import {css} from 'lit'; export const tokens = css``; export const cardStyles = css``;")]);
await size('no x adapter', [stub(/platforms\/x\.ts$/, "export const x = {id:'x',label:'X',icon:'',hosts:['x.com']};")]);
await size('no newsroom', [stub(/render\/newsroom\.ts$/, "export const renderVerification=()=>'',renderStatus=()=>'',renderTranslation=(a,b,c)=>c,renderPlatformNote=()=>'';")]);
await size('no icons', [stub(/render\/icon\.ts$/, "export const icons={}; export const icon=()=>'';")]);
await size('no text.ts', [stub(/sources\/text\.ts$/, "export const readText=()=>({}), readAttribution=()=>({}), embedDate=()=>{}, stripTracking=(x)=>x;")]);
await size('no render/text', [stub(/render\/text\.ts$/, "export const renderText=()=>'';")]);
