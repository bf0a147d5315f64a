import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { UserError } from '../userError.ts';
import type { StressResult } from '../../core/stress/reduce.ts';
import { DEFAULT_STOCHASTIC } from '../../core/stress/spec.ts';
import { PRESETS } from '../../core/stress/presets.ts';
import { suggest } from '../../scenario/suggest.ts';

/** Chinese / English description and unit of every distribution parameter (SPEC §8), in `StochasticSpec` order. */
const PARAMS: readonly (readonly [path: string, unit: string, zh: string, en: string])[] = [
  ['achievement.defaultSd', '完成率 ratio', '未声明 distribution 的指标完成率标准差', 'sd of a KPI without its own distribution'],
  ['achievement.cityLoading', '载荷 loading', '全市共同因子载荷 λc', 'loading on the common city factor'],
  ['achievement.districtLoading', '载荷 loading', '区因子载荷 λd（λc² + λd² ≤ 1）', 'loading on the district factor (λc² + λd² ≤ 1)'],
  ['revenue.citySd', '增速 decimal/yr', '市一般公共预算收入增速冲击标准差（0.05 = 5 个百分点）', 'sd of the city revenue growth shock (0.05 = 5 pp)'],
  ['revenue.districtSd', '增速 decimal/yr', '区自身增速冲击标准差（叠加全市）', "sd of a district's own growth shock (added to the city's)"],
  ['revenue.persistence', 'ρ', 'AR(1) 持续性', 'AR(1) persistence of the growth shocks'],
  ['revenue.landDrift', '对数 log/yr', '土地出让收入年对数变化均值（相对计划）', 'mean yearly log-change of land revenue against plan'],
  ['revenue.landSd', '对数 log/yr', '土地出让收入年对数变化标准差', 'sd of that log-change'],
  ['revenue.landTaxCorrelation', '相关 corr.', '土地与税收冲击相关系数', 'correlation of the land and tax shocks'],
  ['rates.sd', '利率 decimal', '利率平移标准差（每条路径一次；0.005 = 50 bp），作用于浮动利率债务、新增借款和 rateIndexed 的 PPP 合同',
    'sd of the rate shift (once per path; 0.005 = 50 bp) on floating debt, new borrowing and PPP contracts flagged rateIndexed'],
  ['ppp.sd', '对数 log', 'PPP 需求对数标准差（对数正态，每项目每路径一次）', 'sd of log PPP demand (lognormal, once per project and path)'],
  ['ppp.mean', '倍数 ×forecast', '需求均值（相对预测；旅游类可设 0.8）', 'mean demand against forecast (0.8 for tourism optimism bias)'],
  ['ppp.guaranteeFloor', '比例 share', '保底承诺保障的收入比例（相对预测）', 'share of forecast revenue a minimum-revenue guarantee secures'],
  ['funds.sd', '增长 decimal/yr', '子基金净值增长率冲击标准差（每基金每路径一次）', 'sd of the fund NAV growth shock (once per fund and path)'],
];

/** The value of a parameter path in the calibrations table. */
function defaultOf(path: string): string {
  const [group = '', field = ''] = path.split('.');
  return String((DEFAULT_STOCHASTIC as unknown as Record<string, Record<string, number>>)[group]?.[field]);
}

/** The `--help` text of the distributions, defaults read from the one table of calibrations (`DEFAULT_STOCHASTIC`). */
function distributionsHelp(): string {
  return [
    '',
    "分布参数（情景文件 stochastic 段；缺省值为可编辑的校准值，不是事实）/ distribution parameters (the scenario's `stochastic` section; defaults are calibrations, not facts):",
    `  ${'参数 parameter'.padEnd(30)} ${'缺省 default'.padEnd(12)} ${'单位 unit'.padEnd(16)} 含义 meaning`,
    ...PARAMS.map(([p, unit, zh, en]) => `  ${p.padEnd(30)} ${defaultOf(p).padEnd(12)} ${unit.padEnd(16)} ${zh} / ${en}`),
    `  ${'towns[].kpis.<id>.distribution.sd'.padEnd(30)} ${'—'.padEnd(12)} ${'完成率 ratio'.padEnd(16)} 该指标自己的完成率标准差（覆盖 achievement.defaultSd） / that KPI's own sd (overrides achievement.defaultSd)`,
    `预设 / presets: ${PRESETS.join(', ')}`,
    '退出码 / exit: 0 完成 done, 2 输入无效 invalid input, 130 已中断 interrupted (Ctrl-C)',
  ].join('\n');
}

interface StressOpts { paths: string; seed: string; workers?: string; preset?: string; json?: boolean; out?: string; force?: boolean }

/** The integer option's value, or a bilingual problem line (with the range as the fix) pushed to `problems`. */
function integer(name: string, v: string, min: number, max: number, example: string, problems: string[]): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
    problems.push(`--${name} ${JSON.stringify(v.slice(0, 40))}：须为 ${min}–${max} 的整数 / must be an integer in ${min}–${max}, e.g. --${name} ${example}`);
  }
  return n;
}

/** Workers when `--workers` is not given: one per core (`availableParallelism`), at most 8, as the dashboard. */
function defaultWorkers(): number {
  return Math.min(8, Math.max(1, availableParallelism()));
}

/** The `--preset` problem line: the closest name, and the list. */
function presetProblem(name: string): string {
  const guess = suggest(name, PRESETS);
  return `--preset ${JSON.stringify(name.slice(0, 40))}：未知预设 / unknown preset; ${guess ? `是否指 / did you mean ${guess}? ` : ''}可选 / one of: ${PRESETS.join(', ')}`;
}

/** `townfisc stress FILE --paths N --seed S [--workers K] [--preset NAME] [--json] [--out F]`: Monte Carlo (SPEC §8, §10). */
export function registerStress(program: Command): void {
  program
    .command('stress')
    .description('蒙特卡洛压力测试或命名预设冲击 / Monte Carlo stress test, or a named preset shock')
    .argument('<file>', '情景文件 / scenario file')
    .option('--paths <n>', '路径数 / number of paths', '1000')
    .option('--seed <s>', '随机种子 / random seed', '1')
    .option('--workers <k>', `工作线程数，缺省为处理器核数（结果与线程数无关）/ worker threads, default one per core (the output does not depend on it) (default: ${defaultWorkers()})`)
    .option('--preset <name>', '先施加命名预设冲击；--paths 0 为确定性运行 / apply a named preset first; with --paths 0 a deterministic run')
    .option('--json', '输出 SPEC §10 stress JSON / emit the stress JSON')
    .option('--out <file>', '写入文件而非标准输出 / write to a file instead of stdout')
    .option('--force', '覆盖已存在的输出文件 / overwrite an existing output file')
    .addHelpText('after', distributionsHelp())
    .action(async (file: string, opts: StressOpts) => {
      // every problem with the options at once (SPEC §10), before the file is read
      const problems: string[] = [];
      const paths = integer('paths', opts.paths, 0, 10_000_000, '1000', problems);
      const seed = integer('seed', opts.seed, 0, Number.MAX_SAFE_INTEGER, '42', problems);
      const workers = opts.workers === undefined ? defaultWorkers() : integer('workers', opts.workers, 1, 256, '2', problems);
      if (opts.preset !== undefined && !(PRESETS as readonly string[]).includes(opts.preset)) problems.push(presetProblem(opts.preset));
      if (problems.length > 0) throw new UserError(problems);
      const [{ loadOrThrow }, stress, { simulate }, io, { runPool, StressStopped }] = await Promise.all([
        import('../load.ts'), import('../../core/stress/index.ts'), import('../../core/simulate.ts'), import('../io.ts'), import('../stressPool.ts'),
      ]);
      const loaded = await loadOrThrow(file);
      const spec = stress.resolveStochastic(loaded.scenario.stochastic);
      const scenario = opts.preset !== undefined && stress.isPreset(opts.preset) ? stress.applyPreset(loaded.scenario, opts.preset, { spec }) : loaded.scenario;
      const write = async (text: string): Promise<void> => {
        if (opts.out) io.writeFileAtomic(opts.out, text, opts.force === true);
        else await io.writeChunksToStdout([text]);
      };
      if (paths === 0) {
        // the preset's deterministic run: the result JSON, comparable like any variant
        const { resultJsonChunks } = await import('../../report/resultJson.ts');
        const chunks = [...resultJsonChunks(simulate(scenario, { hash: loaded.hash }), 'all')];
        await write(chunks.join(''));
        return;
      }
      const bar = progressBar(paths);
      const run = runPool(scenario, spec, seed, paths, workers, bar.advance);
      const onSigint = (): void => run.stop();
      process.on('SIGINT', onSigint);
      let blocks;
      try {
        blocks = await run.blocks;
      } catch (e) {
        if (e instanceof StressStopped) throw new UserError('已中断，未输出结果 / interrupted, no output written', 130);
        throw e;
      } finally {
        process.removeListener('SIGINT', onSigint);
        bar.done();
      }
      const result = stress.reduceStress({ scenario, spec, seed, hash: loaded.hash, preset: opts.preset ?? null, baseLimits: simulate(scenario).limits }, blocks);
      await write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : summary(result));
    });
}

function progressBar(total: number): { advance: (n: number) => void; done: () => void } {
  let done = 0, shown = -1;
  const tty = process.stderr.isTTY === true;
  const draw = (): void => {
    const pct = Math.floor((100 * done) / total);
    if (pct === shown) return;
    shown = pct;
    const w = 30, fill = Math.round((w * done) / total);
    if (tty) process.stderr.write(`\r[${'#'.repeat(fill)}${'.'.repeat(w - fill)}] ${done}/${total} 路径 paths`);
    else if (pct % 10 === 0) process.stderr.write(`${done}/${total} 路径 paths\n`);
  };
  return { advance: (n) => { done += n; draw(); }, done: () => { if (tty) process.stderr.write('\n'); } };
}

function summary(r: StressResult): string {
  const f = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(3));
  const last = r.years.length - 1;
  const lines = [`压力测试 Stress: ${r.scenario.name} · seed ${r.seed} · ${r.paths} 路径 paths${r.preset ? ` · preset ${r.preset}` : ''}`,
    `末年 ${r.years[last]} final year: P5 / P50 / P95`];
  for (const [k, v] of Object.entries(r.series)) {
    const q = v[last] ?? [];
    lines.push(`  ${k.padEnd(34)} ${f(q[0])} / ${f(q[2])} / ${f(q[4])}`);
  }
  const ever = r.breachesEver.filter((b) => b.probability > 0).sort((a, b) => b.probability - a.probability).slice(0, 15);
  lines.push('期内至少一次越线概率 Probability of crossing at least once:');
  for (const b of ever) lines.push(`  ${b.rule} ${b.subject.kind}:${b.subject.id}  ${(100 * b.probability).toFixed(1)}%`);
  lines.push(...contingentRoomLines(r));
  return `${lines.join('\n')}\n`;
}

/** PPP contingent payouts per paying level and year beside its 财承 room (years with a payout only). */
function contingentRoomLines(r: StressResult): string[] {
  const rows = (r.contingentRoom ?? []).filter((x) => x.p95 > 0 || x.expected > 0);
  if (rows.length === 0) return [];
  const wan = (v: number | null): string => (v === null ? '—' : v.toFixed(2));
  const pct = (v: number | null): string => (v === null ? '—' : `${+(100 * v).toFixed(4)}%`);
  return [
    'PPP 或有负债与财承空间（万元）Contingent payouts against the affordability room (万元):',
    `  ${'层级 level'.padEnd(14)} ${'年 year'.padEnd(7)} ${'红线 line'.padEnd(10)} ${'空间 room'.padStart(14)} ${'期望 expected'.padStart(14)} ${'P95'.padStart(12)} ${'P95后 after'.padStart(14)} ${'超空间概率 P(>room)'.padStart(14)}`,
    ...rows.map((x) => `  ${x.level.padEnd(14)} ${String(x.year).padEnd(7)} ${pct(x.line).padEnd(10)} ${wan(x.room).padStart(14)} ${wan(x.expected).padStart(14)} ${wan(x.p95).padStart(12)} ${wan(x.room === null ? null : x.room - x.p95).padStart(14)} ${pct(x.probabilityAboveRoom ?? null).padStart(14)}`),
  ];
}
