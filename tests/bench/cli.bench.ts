/**
 * The CLI end to end (issue #12 "Speed"): start, load, run, check and report on the
 * bundled baseline (13 towns) and generated 500- and 2,000-town scenarios, each figure
 * printed with its ratio to a yardstick measured in the same run, so the numbers compare
 * across machines and loads:
 *
 * - start: `townfisc --help` and `validate` on the baseline against `node -e 0`
 *   (target: validate ≤ 8×);
 * - load: parse + merge + validate + hash in process against `JSON.parse` of the same
 *   scenario as JSON (target: 2,000 towns ≤ 0.5 s, time per town flat from 500 to 2,000);
 * - run --json, check --json, report (xlsx, the default limit rows): wall, CPU and peak
 *   memory of the command against `node -e 0` plus the engine run in process (target:
 *   2,000-town xlsx ≤ 15 s and ≤ 1 GB, time per town flat).
 *
 * Commands race in interleaved rounds (round 1 of every command, then round 2…), so a
 * burst of load on the machine hits them alike; medians are printed. The CLI is built
 * first (src/tools/build-cli.mjs), so the bundle is what is measured. `BENCH_ROUNDS` sets the
 * rounds (default 3); `TOWNFISC_BIG=1` adds 10,000 towns.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { simulate } from '../../src/core/simulate.ts';
import { loadScenarioFile } from '../../src/scenario/loadFile.ts';
import { syntheticDoc } from './synthetic.ts';

const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const SIZES = [500, 2000, ...(process.env.TOWNFISC_BIG === '1' ? [10_000] : [])];
const BASELINE = 'scenarios/guangzhou-baseline.yaml';
const dir = resolve('.tmp', 'bench-cli');
const GNU_TIME = existsSync('/usr/bin/time');

interface Sample { readonly wallMs: number; readonly cpuMs: number | null; readonly peakMb: number | null; readonly code: number | null }

/** One child process: wall time, and CPU time and peak RSS where GNU time is installed. */
function measure(args: readonly string[]): Sample {
  const argv = [process.execPath, ...args];
  const t0 = performance.now();
  const r = GNU_TIME
    ? spawnSync('/usr/bin/time', ['-f', '@@ %U %S %M', ...argv], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
    : spawnSync(argv[0] as string, argv.slice(1), { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const wallMs = performance.now() - t0;
  const m = /@@ ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr ?? '');
  return m
    ? { wallMs, cpuMs: (Number(m[1]) + Number(m[2])) * 1000, peakMb: Number(m[3]) / 1024, code: r.status }
    : { wallMs, cpuMs: null, peakMb: null, code: r.status };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** Runs every job once per round, rounds interleaved; the median sample of each job (by wall time). */
function race(jobs: ReadonlyArray<{ readonly name: string; readonly args: readonly string[] }>, rounds: number): Map<string, Sample> {
  const samples = new Map<string, Sample[]>(jobs.map((j) => [j.name, []]));
  for (let r = 0; r < rounds; r++) for (const j of jobs) samples.get(j.name)?.push(measure(j.args));
  return new Map([...samples].map(([name, s]) => {
    const byWall = [...s].sort((a, b) => a.wallMs - b.wallMs);
    return [name, byWall[Math.floor(byWall.length / 2)] as Sample];
  }));
}

/** Median in-process time of `fn` (CPU ms when the clock allows), after one warm-up call. */
function inProcessMs(fn: () => unknown, rounds: number): number {
  fn();
  const times: number[] = [];
  for (let k = 0; k < rounds; k++) {
    const c = process.cpuUsage();
    fn();
    const d = process.cpuUsage(c);
    times.push((d.user + d.system) / 1000);
  }
  return median(times);
}

async function inProcessAsyncMs(fn: () => Promise<unknown>, rounds: number): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let k = 0; k < rounds; k++) {
    const c = process.cpuUsage();
    await fn();
    const d = process.cpuUsage(c);
    times.push((d.user + d.system) / 1000);
  }
  return median(times);
}

const fmt = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
const ratio = (a: number, b: number): string => `${(a / b).toFixed(1)}×`;

function sampleText(s: Sample | undefined): string {
  if (!s) return '—';
  const cpu = s.cpuMs === null ? '' : `, cpu ${fmt(s.cpuMs)}`;
  const mem = s.peakMb === null ? '' : `, peak ${s.peakMb.toFixed(0)} MB`;
  return `wall ${fmt(s.wallMs)}${cpu}${mem}${s.code !== 0 && s.code !== 1 ? ` (exit ${s.code})` : ''}`;
}

export default async function bench(): Promise<void> {
  const built = spawnSync(process.execPath, ['src/tools/build-cli.mjs'], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`CLI build failed: ${built.stderr}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = new Map<number, string>([[13, BASELINE]]);
  for (const n of SIZES) {
    const doc = syntheticDoc({ towns: n, years: 15 });
    writeFileSync(join(dir, `towns-${n}.yaml`), stringify(doc, { lineWidth: 0 }));
    writeFileSync(join(dir, `towns-${n}.json`), JSON.stringify(doc));
    files.set(n, join(dir, `towns-${n}.yaml`));
  }
  const bin = 'src/cli/bin.js';
  console.log(`${ROUNDS} interleaved rounds, medians${GNU_TIME ? '' : ' (no /usr/bin/time: wall only)'}`);

  // Start: `node -e 0` is the yardstick.
  const start = race([
    { name: 'node -e 0', args: ['-e', '0'] },
    { name: '--help', args: [bin, '--help'] },
    { name: 'validate', args: [bin, 'validate', BASELINE] },
  ], Math.max(5, ROUNDS * 2));
  const node0 = start.get('node -e 0')?.wallMs ?? NaN;
  console.log('\nstart (yardstick: node -e 0 = %s)', fmt(node0));
  console.log(`  townfisc --help            ${sampleText(start.get('--help'))}  = ${ratio(start.get('--help')?.wallMs ?? NaN, node0)} node -e 0`);
  console.log(`  validate baseline          ${sampleText(start.get('validate'))}  = ${ratio(start.get('validate')?.wallMs ?? NaN, node0)} node -e 0   (target ≤ 8×)`);

  // Load in process: the YAML file through the real loader against JSON.parse of the same data.
  console.log('\nload + validate + hash in process (yardstick: JSON.parse of the same scenario as JSON)');
  const perTown = new Map<number, number>();
  for (const n of SIZES) {
    const file = files.get(n) as string;
    const jsonText = readFileSync(join(dir, `towns-${n}.json`), 'utf8');
    const rounds = n > 2000 ? 1 : ROUNDS;
    const parse = inProcessMs(() => JSON.parse(jsonText), rounds);
    const load = await inProcessAsyncMs(() => loadScenarioFile(file), rounds);
    perTown.set(n, load / n);
    console.log(`  ${String(n).padStart(6)} towns: ${fmt(load).padStart(7)} = ${ratio(load, parse)} JSON.parse (${fmt(parse)}); ${(load / n).toFixed(3)} ms per town${n === 2000 ? '   (target ≤ 500 ms)' : ''}`);
  }
  const [small, large] = [perTown.get(SIZES[0] as number), perTown.get(SIZES[SIZES.length - 1] as number)];
  if (small && large) console.log(`  per-town time ${SIZES[SIZES.length - 1]} vs ${SIZES[0]} towns: ${ratio(large, small)} (linear: ≈ 1×)`);

  // Commands end to end, every size, interleaved; the engine run in process is part of the yardstick.
  console.log('\ncommands end to end (yardstick: node -e 0 + the engine run in process)');
  for (const n of [13, ...SIZES]) {
    const file = files.get(n) as string;
    const loaded = await loadScenarioFile(file);
    if (!loaded.ok) throw new Error(`${file} invalid`);
    const engine = inProcessMs(() => simulate(loaded.scenario, { hash: loaded.hash }), n > 2000 ? 1 : ROUNDS);
    const yard = node0 + engine;
    const out = (ext: string) => join(dir, `out-${n}.${ext}`);
    const jobs = [
      { name: 'run --json', args: [bin, 'run', file, '--json', '--out', out('json'), '--force'] },
      { name: 'check --json', args: [bin, 'check', file, '--json', '--limits', 'findings'] },
      { name: 'report xlsx', args: [bin, 'report', file, '--out', out('xlsx'), '--force'] },
    ];
    const res = race(jobs, n >= 2000 ? Math.min(ROUNDS, 2) : ROUNDS);
    console.log(`  ${n} towns (engine ${fmt(engine)}, yardstick ${fmt(yard)})`);
    for (const j of jobs) {
      const s = res.get(j.name);
      const target = j.name === 'report xlsx' && n === 2000 ? '   (target ≤ 15 s, ≤ 1 GB)' : '';
      console.log(`    ${j.name.padEnd(13)} ${sampleText(s)}  = ${ratio(s?.wallMs ?? NaN, yard)} yardstick; ${((s?.wallMs ?? NaN) / n).toFixed(2)} ms per town${target}`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
}
