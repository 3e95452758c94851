// Fuzzing knobs, the same in Node and in the browser: FUZZ_RUNS (default 200, `npm run fuzz` sets
// 20000) and FUZZ_SEED (replays a run). The browser sees them as VITE_FUZZ_* (scripts/fuzz.sh).
type Env = Record<string, string | undefined>;
const nodeEnv: Env = typeof process !== 'undefined' && process.env ? process.env : {};
const viteEnv: Env = ((import.meta as unknown as { env?: Env }).env ?? {}) as Env;
const read = (name: string) => nodeEnv[name] || viteEnv[`VITE_${name}`] || undefined;

/** Runs per property. */
export const runs = Math.max(1, Number(read('FUZZ_RUNS') ?? 200) || 200);

/** The seed of this session: FUZZ_SEED when given, else a fresh one (logged, so any failure replays). */
export const seed = read('FUZZ_SEED') !== undefined ? Number(read('FUZZ_SEED')) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;

/** Long mode (`npm run fuzz`): more runs, the whole corpus through every channel. */
export const long = runs >= 1000;

/** A test timeout that grows with the run count (ms per run on a slow shared machine). */
export function timeout(msPerRun: number, scale = 1): number {
  return Math.max(20_000, Math.round(runs * scale * msPerRun));
}

/** fast-check parameters for one property; `scale` shrinks the run count for expensive properties. */
export function params(scale = 1): { seed: number; numRuns: number; verbose: number } {
  return { seed, numRuns: Math.max(1, Math.round(runs * scale)), verbose: 1 };
}

let logged = false;
/** Logs the seed and run count once per file, with the command that replays them. */
export function logSeed(where: string): void {
  if (logged) return;
  logged = true;
  console.log(`[fuzz] ${where}: seed=${seed} runs=${runs} — replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs} bash scripts/fuzz.sh`);
}
