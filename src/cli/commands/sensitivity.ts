import type { Command } from 'commander';
import { UserError } from '../userError.ts';

/** `townfisc sensitivity FILE --output METRIC [--year Y] [--json]`: tornado data (SPEC §8, §10). */
export function registerSensitivity(program: Command): void {
  program
    .command('sensitivity')
    .description('单因素敏感性分析（龙卷风图数据）/ one-at-a-time sensitivity (tornado data)')
    .argument('<file>', '情景文件 / scenario file')
    .option('--output <metric>', '输出指标：summary.<字段> 或序列键 / metric: summary.<field> or a series key (e.g. district.conghua.broadRatio)', 'summary.fiscalCostTotal')
    .option('--year <y>', '序列取该年值（默认取期内最大值）/ the series in this year (default: its maximum)')
    .option('--json', '输出 SPEC §10 sensitivity JSON / emit the sensitivity JSON')
    .option('--out <file>', '写入文件 / write to a file')
    .option('--force', '覆盖已存在的输出文件 / overwrite an existing output file')
    .addHelpText('after', `
驱动因素（各 ±1 个标准差，取自情景 stochastic 段）/ drivers (each ±1 s.d. of the scenario's stochastic section):
  achievement, revenue-growth, land-revenue, rates (±100 bp), ppp-demand, fund-growth, capex-overrun (±15%)
退出码 / exit: 0 完成 done, 2 输入无效 invalid input`)
    .action(async (file: string, opts: { output: string; year?: string; json?: boolean; out?: string; force?: boolean }) => {
      const [{ loadOrThrow }, stress, { simulate }, io] = await Promise.all([
        import('../load.ts'), import('../../core/stress/index.ts'), import('../../core/simulate.ts'), import('../io.ts'),
      ]);
      const { scenario, hash } = await loadOrThrow(file);
      const year = opts.year === undefined ? undefined : Number(opts.year);
      if (year !== undefined && !(Number.isInteger(year) && year >= scenario.startYear && year < scenario.startYear + scenario.horizonYears)) {
        throw new UserError(`--year ${JSON.stringify(opts.year?.slice(0, 12))}：须在情景年份内 / must be a year of the scenario (${scenario.startYear}–${scenario.startYear + scenario.horizonYears - 1})`);
      }
      const base = simulate(scenario, { hash });
      const names = stress.metricNames(scenario, base);
      if (!names.includes(opts.output)) {
        throw new UserError([`--output ${JSON.stringify(opts.output.slice(0, 60))}：未知指标 / unknown metric; 可选 / one of:`, ...names.map((n) => `  ${n}`)]);
      }
      const spec = stress.resolveStochastic(scenario.stochastic);
      const r = stress.sensitivity(scenario, spec, opts.output,
        (s, achievements) => simulate(s, achievements ? { achievements } : {}),
        (run) => stress.readMetric(scenario, run, opts.output, year));
      const f = (v: number | null): string => (v === null ? '—' : v.toPrecision(8));
      const text = opts.json ? `${JSON.stringify(r, null, 2)}\n`
        : [`敏感性 Sensitivity: ${opts.output}${year ? ` @${year}` : ''} · 基准 base ${f(r.base)}`,
          ...r.drivers.map((d) => `  ${d.driver.padEnd(16)} low ${f(d.low)}  high ${f(d.high)}  swing ${f(d.swing)}`)].join('\n') + '\n';
      if (opts.out) io.writeFileAtomic(opts.out, text, opts.force === true);
      else await io.writeChunksToStdout([text]);
    });
}
