import type { Command } from 'commander';
import { reportDate } from '../../report/format/meta.ts';
import { UserError } from '../userError.ts';

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
    .action(async (opts: { out: string; scenario?: string; force?: boolean }) => {
      if (!/\.xlsx$/i.test(opts.out)) throw new UserError(`--out 应为 .xlsx 文件：${opts.out} / --out must be an .xlsx file`);
      const [{ loadOrThrow }, { buildTemplate }, { writeFileAtomic }] = await Promise.all([
        import('../load.ts'), import('../../report/template/buildTemplate.ts'), import('../io.ts'),
      ]);
      const districts = opts.scenario ? (await loadOrThrow(opts.scenario)).scenario.districts : [];
      let date: string;
      try {
        date = reportDate(undefined, process.env.SOURCE_DATE_EPOCH, new Date());
      } catch (e) {
        throw new UserError(e instanceof Error ? e.message : String(e));
      }
      const bytes = await buildTemplate({ districts, date });
      writeFileAtomic(opts.out, bytes, opts.force === true);
      process.stderr.write(`✓ ${opts.out}${districts.length > 0 ? ` (${districts.length} 个区 districts)` : ''}\n`);
    });
}
