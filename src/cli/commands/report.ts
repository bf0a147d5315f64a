import type { Command } from 'commander';
import { extname } from 'node:path';
import type { Lang, MoneyUnit } from '../../report/model/types.ts';
import { REPORT_FORMATS, type ReportFormat } from '../../report/formats.ts';
import { reportDate } from '../../report/format/reportDate.ts';
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
  unit?: string;
  org?: string;
  reportNo?: string;
}

function formatOf(opts: ReportOpts): ReportFormat {
  const f = (opts.format ?? extname(opts.out).slice(1)).toLowerCase();
  if ((REPORT_FORMATS as readonly string[]).includes(f)) return f as ReportFormat;
  throw new UserError(`--format 应为 ${REPORT_FORMATS.join('|')}，实际为 "${opts.format ?? f}" / --format must be one of ${REPORT_FORMATS.join(', ')}`);
}

/** `--unit wan|yi`: the money unit shown (default 万元; 亿元 on request, SPEC §1). */
function unitOf(s: string | undefined): MoneyUnit {
  if (s === undefined || s === 'wan' || s === '万元') return 'wan';
  if (s === 'yi' || s === '亿元') return 'yi';
  throw new UserError(`--unit 应为 wan（万元）或 yi（亿元），实际为 "${s.slice(0, 40)}" / --unit must be wan (万元) or yi (亿元)`);
}

/** `--decimals`: decimals of the shown money unit — 万元 0–6 (default 2), 亿元 4–10 (default 4: to the 万元). */
function decimalsOf(s: string | undefined, unit: MoneyUnit): number {
  const [lo, hi, dflt] = unit === 'yi' ? [4, 10, 4] : [0, 6, 2];
  if (s === undefined) return dflt;
  const n = Number(s);
  if (!/^\d+$/.test(s) || n < lo || n > hi) {
    throw new UserError(`--decimals 应为 ${lo}–${hi} 的整数（${unit === 'yi' ? '亿元' : '万元'}），实际为 "${s.slice(0, 40)}" / --decimals must be a whole number ${lo}–${hi} for ${unit === 'yi' ? '亿元' : '万元'}`);
  }
  return n;
}

/** Cover text given on the command line (`--org`, `--report-no`): one line, at most `max` characters, no control characters. */
function coverTextOf(option: string, s: string | undefined, max: number): string | undefined {
  if (s === undefined) return undefined;
  const t = s.trim();
  // eslint-disable-next-line no-control-regex
  if (t === '' || t.length > max || /[\u0000-\u001f\u007f]/.test(t)) {
    throw new UserError(`${option} 应为 1–${max} 个字符的单行文字，实际为 "${s.slice(0, 40)}" / ${option} must be one line of 1–${max} characters`);
  }
  return t;
}

/** Runs every option check and throws one UserError listing every problem (exit 2, nothing written). */
function checkAll<T extends readonly unknown[]>(...checks: { [K in keyof T]: () => T[K] }): T {
  const lines: string[] = [];
  const out = checks.map((c) => {
    try {
      return c();
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      lines.push(...e.lines);
      return undefined;
    }
  });
  if (lines.length > 0) throw new UserError(lines);
  return out as unknown as T;
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
 * `townfisc report FILE… --format xlsx|csv|html|pdf|md --out F [--lang zh|en] [--unit wan|yi]
 * [--org 编制单位] [--report-no 编号]` (SPEC §10, issues #7, #18):
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
    .option('--decimals <n>', '金额小数位数：万元 0–6（默认 2），亿元 4–10（默认 4）/ decimals of money: 万元 0–6 (default 2), 亿元 4–10 (default 4)')
    .option('--lang <lang>', '报告语言版本 zh|en（默认 zh 中文版）/ edition: zh (Chinese, default) or en (English)')
    .option('--unit <unit>', '金额单位 wan（万元，默认）或 yi（亿元）/ money unit: wan (万元, default) or yi (亿元)')
    .option('--org <编制单位>', '封面的编制单位（默认 townfisc 特色小镇财政模拟器）/ preparing organisation on the cover')
    .option('--report-no <编号>', '封面的报告编号（默认 TF-日期-哈希前8位）/ report number on the cover (default TF-<date>-<hash prefix>)')
    .option('--limits <which>', '逐行列出的限额：findings 仅预警与违规（默认）、all 全部 / limit rows listed: findings (warning and breach, default) or all')
    .option('--stress-paths <n>', '加入不确定性章节：蒙特卡洛路径数 / add the uncertainty section: Monte Carlo paths (SPEC §8)')
    .option('--seed <s>', '不确定性章节的随机种子（默认 1）/ seed of the uncertainty section (default 1)')
    .option('--date <YYYY-MM-DD>', '报告日期（默认 SOURCE_DATE_EPOCH 或今天）/ report date (default SOURCE_DATE_EPOCH or today)')
    .action(async (files: string[], opts: ReportOpts) => {
      const unit = (() => { try { return unitOf(opts.unit); } catch { return 'wan' as const; } })();
      const [format, decimals, lang, generatedAt, limits, , organisation, reportNumber] = checkAll(
        () => formatOf(opts), () => decimalsOf(opts.decimals, unit), () => langOf(opts.lang), () => dateOf(opts.date),
        () => reportLimitsOf(opts.limits), () => unitOf(opts.unit), () => coverTextOf('--org', opts.org, 100), () => coverTextOf('--report-no', opts.reportNo, 60),
      );
      // The engine, the report builders and their libraries load only when a report is made.
      const [{ loadOrThrow }, { simulate }, { buildReport }, { renderReport }, { writeFileAtomic }, { stressOf }] = await Promise.all([
        import('../load.ts'), import('../../core/simulate.ts'), import('../../report/model/buildReport.ts'), import('../../report/render.ts'), import('../io.ts'), import('../stressForReport.ts'),
      ]);
      const loaded = await Promise.all(files.map((f) => loadOrThrow(f)));
      const runs = loaded.map(({ scenario, hash }) => ({
        scenario, result: simulate(scenario, { hash }),
        ...(opts.stressPaths !== undefined ? { stress: stressOf(scenario, hash, opts.stressPaths, opts.seed ?? '1') } : {}),
      }));
      const model = buildReport(runs, {
        generatedAt, decimals, lang, limits, unit,
        ...(organisation === undefined ? {} : { organisation }), ...(reportNumber === undefined ? {} : { reportNumber }),
      });
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
