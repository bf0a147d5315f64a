import type { Command } from 'commander';
import { extname } from 'node:path';
import type { Lang } from '../../report/model/types.ts';
import { REPORT_FORMATS, type ReportFormat } from '../../report/formats.ts';
import { reportDate } from '../../report/format/meta.ts';
import { ChromiumMissingError } from '../../report/pdf/chromiumPath.ts';
import { UserError } from '../userError.ts';

interface ReportOpts {
  format?: string;
  out: string;
  force?: boolean;
  decimals?: string;
  lang?: string;
  date?: string;
  limits?: string;
  stressPaths?: string;
  seed?: string;
}

function formatOf(opts: ReportOpts): ReportFormat {
  const f = (opts.format ?? extname(opts.out).slice(1)).toLowerCase();
  if ((REPORT_FORMATS as readonly string[]).includes(f)) return f as ReportFormat;
  throw new UserError(`--format 应为 ${REPORT_FORMATS.join('|')}，实际为 "${opts.format ?? f}" / --format must be one of ${REPORT_FORMATS.join(', ')}`);
}

function decimalsOf(s: string | undefined): number {
  if (s === undefined) return 2;
  const n = Number(s);
  if (!/^\d+$/.test(s) || n > 6) throw new UserError(`--decimals 应为 0–6 的整数，实际为 "${s}" / --decimals must be a whole number 0–6`);
  return n;
}

function langOf(s: string | undefined): Lang {
  if (s === undefined || s === 'zh' || s === 'en') return s ?? 'zh';
  throw new UserError(`--lang 应为 zh 或 en，实际为 "${s}" / --lang must be zh or en`);
}

/** `--limits all|findings` of a report: which limit rows it lists (default findings, issue #12). */
function reportLimitsOf(s: string | undefined): 'all' | 'findings' {
  if (s === undefined || s === 'findings') return 'findings';
  if (s === 'all') return 'all';
  throw new UserError(`--limits 应为 all 或 findings，实际为 "${s.slice(0, 40)}" / --limits must be all or findings`);
}

function dateOf(s: string | undefined): string {
  try {
    return reportDate(s, process.env.SOURCE_DATE_EPOCH, new Date());
  } catch (e) {
    throw new UserError(e instanceof Error ? e.message : String(e));
  }
}

/**
 * `townfisc report FILE… --format xlsx|csv|html|pdf|md --out F` (SPEC §10, issue #7):
 * runs each scenario and exports one report (several scenarios side by side, with a
 * comparison). Options are checked before any work; the file is written atomically and
 * only once complete, never over an existing file without --force.
 */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('导出报告（XLSX、CSV、HTML、PDF、Markdown）/ export a report')
    .argument('<files...>', '情景文件，多个则并列对比 / scenario files; several are compared side by side')
    .option('--format <format>', `格式 / format: ${REPORT_FORMATS.join('|')} (默认取 --out 扩展名 / default: from --out)`)
    .requiredOption('--out <file>', '输出文件 / output file')
    .option('--force', '覆盖已存在的输出文件 / overwrite an existing output file')
    .option('--decimals <n>', '万元金额的小数位数（默认 2）/ decimals of 万元 amounts (default 2)')
    .option('--lang <lang>', '表头语言顺序 zh|en（默认 zh）/ header language first: zh|en (default zh)')
    .option('--limits <which>', '逐行列出的限额：findings 仅预警与违规（默认）、all 全部 / limit rows listed: findings (warning and breach, default) or all')
    .option('--stress-paths <n>', '加入不确定性章节：蒙特卡洛路径数 / add the uncertainty section: Monte Carlo paths (SPEC §8)')
    .option('--seed <s>', '不确定性章节的随机种子（默认 1）/ seed of the uncertainty section (default 1)')
    .option('--date <YYYY-MM-DD>', '报告日期（默认 SOURCE_DATE_EPOCH 或今天）/ report date (default SOURCE_DATE_EPOCH or today)')
    .action(async (files: string[], opts: ReportOpts) => {
      const format = formatOf(opts);
      const decimals = decimalsOf(opts.decimals);
      const lang = langOf(opts.lang);
      const generatedAt = dateOf(opts.date);
      const limits = reportLimitsOf(opts.limits);
      // The engine, the report builders and their libraries load only when a report is made.
      const [{ loadOrThrow }, { simulate }, { buildReport }, { renderReport }, { writeFileAtomic }, { stressOf }] = await Promise.all([
        import('../load.ts'), import('../../core/simulate.ts'), import('../../report/model/buildReport.ts'), import('../../report/render.ts'), import('../io.ts'), import('../stressForReport.ts'),
      ]);
      const loaded = await Promise.all(files.map((f) => loadOrThrow(f)));
      const runs = loaded.map(({ scenario, hash }) => ({
        scenario, result: simulate(scenario, { hash }),
        ...(opts.stressPaths !== undefined ? { stress: stressOf(scenario, hash, opts.stressPaths, opts.seed ?? '1') } : {}),
      }));
      const model = buildReport(runs, { generatedAt, decimals, lang, limits });
      let bytes: Uint8Array;
      try {
        bytes = await renderReport(model, format);
      } catch (e) {
        if (e instanceof ChromiumMissingError) throw new UserError(e.message);
        throw e;
      }
      writeFileAtomic(opts.out, bytes, opts.force === true);
      process.stderr.write(`✓ ${opts.out} (${format}, ${runs.length} 个情景 scenario${runs.length === 1 ? '' : 's'})\n`);
    });
}
