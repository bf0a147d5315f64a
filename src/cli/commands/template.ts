import type { Command } from 'commander';
import { reportDate } from '../../report/format/reportDate.ts';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UserError } from '../userError.ts';

/** The bundled baseline scenario, from the sources (src/cli/commands) or the built bundle (dist/cli). */
function bundledBaseline(): string {
  for (const rel of ['../../../scenarios/guangzhou-baseline.yaml', '../../scenarios/guangzhou-baseline.yaml']) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(p)) return p;
  }
  throw new UserError('找不到内置基准情景，请用 --scenario 指定 / the bundled baseline is missing: give --scenario');
}

/** `template --actuals --year Y --scenario F`: the actuals workbook (SPEC §12), a sheet per district. */
async function writeActualsTemplate(opts: { out: string; scenario?: string; force?: boolean; year?: string }, date: string): Promise<void> {
  if (opts.year === undefined || !/^\d{4}$/.test(opts.year)) throw new UserError(`--actuals 需要 --year（四位年份），实际为 "${opts.year ?? ''}" / --actuals needs --year, a calendar year such as 2026`);
  if (!opts.scenario) throw new UserError('--actuals 需要 --scenario（取小镇、指标目标与区）/ --actuals needs --scenario (its towns, KPI targets and districts)');
  const [{ loadOrThrow }, { writeFileAtomic }] = await Promise.all([import('../load.ts'), import('../io.ts')]);
  const { scenario } = await loadOrThrow(opts.scenario);
  const year = Number(opts.year);
  const last = scenario.startYear + scenario.horizonYears - 1;
  if (year < scenario.startYear || year > last) throw new UserError(`--year ${year} 不在情景期间 ${scenario.startYear}–${last} 内 / --year ${year} is outside the horizon ${scenario.startYear}–${last}`);
  const { buildActualsTemplate } = await import('../../report/template/buildActualsTemplate.ts');
  writeFileAtomic(opts.out, await buildActualsTemplate({ scenario, year, date }), opts.force === true);
  process.stderr.write(`✓ ${opts.out} (${year} 年实际数 actuals, ${scenario.districts.length} 个区 districts)\n`);
}

/**
 * `townfisc template --out towns.xlsx [--scenario FILE] [--force]` (issue #7): writes the
 * fill-in workbook of the town register, its district list taken from a scenario when
 * given (free text otherwise).
 */
export function registerTemplate(program: Command): void {
  program
    .command('template')
    .description('生成小镇名录 Excel 填报模板 / write the town register fill-in workbook')
    .requiredOption('--out <file>', '输出 .xlsx 文件 / output .xlsx file')
    .option('--scenario <file>', '从情景读取区列表作为下拉选项 / take the district list from a scenario')
    .option('--force', '覆盖已存在的输出文件 / overwrite an existing output file')
    .option('--actuals', '年度实际数填报模板（每区一张表，需 --year 与 --scenario）/ the actuals workbook of a year (a sheet per district; needs --year and --scenario)')
    .option('--year <year>', '实际数年度 / the year of the actuals')
    .action(async (opts: { out: string; scenario?: string; force?: boolean; actuals?: boolean; year?: string }) => {
      if (!/\.xlsx$/i.test(opts.out)) throw new UserError(`--out 应为 .xlsx 文件：${opts.out} / --out must be an .xlsx file`);
      let date: string;
      try {
        date = reportDate(undefined, process.env.SOURCE_DATE_EPOCH, new Date());
      } catch (e) {
        throw new UserError(e instanceof Error ? e.message : String(e));
      }
      if (opts.actuals) return writeActualsTemplate(opts, date);
      if (opts.year !== undefined) throw new UserError('--year 只用于 --actuals / --year goes with --actuals');
      const [{ loadOrThrow }, { buildTemplate }, { writeFileAtomic }] = await Promise.all([
        import('../load.ts'), import('../../report/template/buildTemplate.ts'), import('../io.ts'),
      ]);
      // without --scenario, the bundled baseline's districts fill the drop-down (issue #18)
      const districts = (await loadOrThrow(opts.scenario ?? bundledBaseline())).scenario.districts;
      const bytes = await buildTemplate({ districts, date });
      writeFileAtomic(opts.out, bytes, opts.force === true);
      process.stderr.write(`✓ ${opts.out}${districts.length > 0 ? ` (${districts.length} 个区 districts)` : ''}\n`);
    });
}
