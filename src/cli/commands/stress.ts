import type { Command } from 'commander';
import { UserError } from '../userError.ts';
import type { StressResult } from '../../core/stress/reduce.ts';
import { DEFAULT_STOCHASTIC } from '../../core/stress/spec.ts';
import { PRESETS } from '../../core/stress/presets.ts';

/** Chinese / English description of every distribution parameter (SPEC §8), in `StochasticSpec` order. */
const PARAMS: readonly (readonly [string, string, string])[] = [
  ['achievement.defaultSd', '未声明 distribution 的指标完成率标准差', "sd of a KPI without its own distribution"],
  ['achievement.cityLoading', '全市共同因子载荷 λc', 'loading on the common city factor'],
  ['achievement.districtLoading', '区因子载荷 λd', 'loading on the district factor'],
  ['revenue.citySd', '市一般公共预算收入增速冲击标准差', 'sd of the city revenue growth shock'],
  ['revenue.districtSd', '区自身增速冲击标准差（叠加全市）', "sd of a district's own growth shock (added to the city's)"],
  ['revenue.persistence', 'AR(1) 持续性 ρ', 'AR(1) persistence of growth shocks'],
  ['revenue.landDrift', '土地出让收入年对数变化均值', 'mean yearly log-change of land revenue'],
  ['revenue.landSd', '土地出让收入年对数变化标准差', 'sd of that log-change'],
  ['revenue.landTaxCorrelation', '土地与税收冲击相关系数', 'correlation of land and tax shocks'],
  ['rates.sd', '浮动利率与新增借款利率平移标准差', 'sd of the rate shift (floating and new borrowing)'],
  ['ppp.sd', 'PPP 需求对数标准差（对数正态）', 'sd of log PPP demand (lognormal)'],
  ['ppp.mean', '需求均值（旅游类可设 0.8）', 'mean demand against forecast (0.8 for tourism optimism bias)'],
  ['ppp.guaranteeFloor', '保底承诺保障的收入比例', 'share of forecast revenue a minimum-revenue guarantee secures'],
  ['funds.sd', '子基金净值增长率冲击标准差', 'sd of fund NAV growth shock'],
];

/** The `--help` text of the distributions, defaults read from the one table of calibrations (`DEFAULT_STOCHASTIC`). */
function distributionsHelp(): string {
  const value = (path: string): string => {
    const [group = '', field = ''] = path.split('.');
    return String((DEFAULT_STOCHASTIC as unknown as Record<string, Record<string, number>>)[group]?.[field]);
  };
  return [
    '',
    "分布参数（情景文件 stochastic 段，均为可编辑的校准值）/ distribution parameters (the scenario's `stochastic` section; defaults are calibrations, not facts):",
    ...PARAMS.map(([p, zh, en]) => `  ${p.padEnd(30)} ${value(p).padEnd(6)} ${zh} / ${en}`),
    `预设 / presets: ${PRESETS.join(', ')}`,
    '退出码 / exit: 0 完成 done, 2 输入无效 invalid input, 130 已中断 interrupted (Ctrl-C)',
  ].join('\n');
}

interface StressOpts { paths: string; seed: string; workers: string; preset?: string; json?: boolean; out?: string; force?: boolean }

function integer(name: string, v: string, min: number, max: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UserError(`--${name} ${JSON.stringify(v.slice(0, 40))}：须为 ${min}–${max} 的整数 / must be an integer in ${min}–${max}`);
  }
  return n;
}

/** `townfisc stress FILE --paths N --seed S [--workers K] [--preset NAME] [--json] [--out F]`: Monte Carlo (SPEC §8, §10). */
export function registerStress(program: Command): void {
  program
    .command('stress')
    .description('蒙特卡洛压力测试或命名预设冲击 / Monte Carlo stress test, or a named preset shock')
    .argument('<file>', '情景文件 / scenario file')
    .option('--paths <n>', '路径数 / number of paths', '1000')
    .option('--seed <s>', '随机种子 / random seed', '1')
    .option('--workers <k>', '工作线程数（结果与线程数无关）/ worker threads (the output does not depend on it)', '1')
    .option('--preset <name>', '先施加命名预设冲击；--paths 0 为确定性运行 / apply a named preset first; with --paths 0 a deterministic run')
    .option('--json', '输出 SPEC §10 stress JSON / emit the stress JSON')
    .option('--out <file>', '写入文件而非标准输出 / write to a file instead of stdout')
    .option('--force', '覆盖已存在的输出文件 / overwrite an existing output file')
    .addHelpText('after', distributionsHelp())
    .action(async (file: string, opts: StressOpts) => {
      const paths = integer('paths', opts.paths, 0, 10_000_000);
      const seed = integer('seed', opts.seed, 0, Number.MAX_SAFE_INTEGER);
      const workers = integer('workers', opts.workers, 1, 256);
      const [{ loadOrThrow }, stress, { simulate }, io, { runPool, StressStopped }] = await Promise.all([
        import('../load.ts'), import('../../core/stress/index.ts'), import('../../core/simulate.ts'), import('../io.ts'), import('../stressPool.ts'),
      ]);
      if (opts.preset !== undefined && !stress.isPreset(opts.preset)) {
        throw new UserError(`--preset ${JSON.stringify(opts.preset.slice(0, 40))}：未知预设 / unknown preset; 可选 / one of: ${stress.PRESETS.join(', ')}`);
      }
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
  return `${lines.join('\n')}\n`;
}
