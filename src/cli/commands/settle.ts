import type { Command } from 'commander';
import { extname } from 'node:path';
import { reportDate } from '../../report/format/reportDate.ts';
import { SETTLE_FORMATS, type SettleFormat } from '../../report/settlement/formats.ts';
import { UserError } from '../userError.ts';

interface SettleOpts {
  year: string;
  format?: string;
  out: string;
  public?: boolean;
  force?: boolean;
  decimals?: string;
  date?: string;
}

function formatOf(opts: SettleOpts): SettleFormat {
  const f = (opts.format ?? (opts.out === '-' ? 'md' : extname(opts.out).slice(1))).toLowerCase();
  if ((SETTLE_FORMATS as readonly string[]).includes(f)) return f as SettleFormat;
  throw new UserError(`--format 应为 ${SETTLE_FORMATS.join('|')}，实际为 "${opts.format ?? f}" / --format must be one of ${SETTLE_FORMATS.join(', ')}`);
}

function decimalsOf(s: string | undefined): number {
  if (s === undefined) return 2;
  if (!/^\d$/.test(s) || Number(s) > 6) throw new UserError(`--decimals 应为 0–6 的整数，实际为 "${s}" / --decimals must be a whole number 0–6`);
  return Number(s);
}

/**
 * `townfisc settle FILE --year Y [--format json|md|xlsx|pdf] --out F [--public]` (SPEC §10,
 * §12): runs the scenario with its actuals and writes the settlement of year Y with the
 * chain of reasons, 预拨/应兑现/清算差额, status decisions, totals against the pool, the
 * reconciliation, the header and sign-off block. `--out -` writes JSON or Markdown to
 * stdout. Options are checked before any work; files are written atomically, never over
 * an existing file without --force. Heavy parts (exceljs, Chromium) load only when used.
 */
export function registerSettle(program: Command): void {
  program
    .command('settle')
    .description('年度奖补清算表（实际数、考核决定、预拨与清算差额）/ the year\'s settlement from actuals')
    .argument('<file>', '含 actuals 的情景文件 / scenario file with actuals')
    .requiredOption('--year <year>', '清算年度 / the year to settle')
    .option('--format <format>', `格式 / format: ${SETTLE_FORMATS.join('|')} (默认取 --out 扩展名 / default: from --out)`)
    .requiredOption('--out <file>', '输出文件，- 为标准输出 / output file, - for stdout')
    .option('--public', '公开版：小镇税收仅按区汇总 / public version: town-level tax aggregated by district')
    .option('--force', '覆盖已存在的输出文件 / overwrite an existing output file')
    .option('--decimals <n>', '万元金额的小数位数（默认 2）/ decimals of 万元 amounts (default 2)')
    .option('--date <YYYY-MM-DD>', '日期（默认 SOURCE_DATE_EPOCH 或今天）/ date (default SOURCE_DATE_EPOCH or today)')
    .action(async (file: string, opts: SettleOpts) => {
      const format = formatOf(opts);
      const decimals = decimalsOf(opts.decimals);
      if ((format === 'xlsx' || format === 'pdf') && opts.out === '-') throw new UserError(`--format ${format} 不能写到标准输出，请给 --out 文件 / --format ${format} cannot go to stdout; give --out a file`);
      if (!/^\d{4}$/.test(opts.year)) throw new UserError(`--year 应为四位年份，实际为 "${opts.year}" / --year must be a calendar year such as 2026`);
      let date: string;
      try {
        date = reportDate(opts.date, process.env.SOURCE_DATE_EPOCH, new Date());
      } catch (e) {
        throw new UserError(e instanceof Error ? e.message : String(e));
      }
      const [{ loadOrThrow }, { writeFileAtomic }] = await Promise.all([import('../load.ts'), import('../io.ts')]);
      const { scenario, hash } = await loadOrThrow(file);
      const year = Number(opts.year);
      const last = scenario.startYear + scenario.horizonYears - 1;
      if (year < scenario.startYear || year > last) throw new UserError(`--year ${year} 不在情景期间 ${scenario.startYear}–${last} 内 / --year ${year} is outside the horizon ${scenario.startYear}–${last}`);
      const [{ simulate }, { buildSettlement, publicSettlement }, { actualsHash }, { renderSettlement }] = await Promise.all([
        import('../../core/simulate.ts'), import('../../core/actuals/settlement/index.ts'), import('../../scenario/actualsHash.ts'), import('../../report/settlement/render.ts'),
      ]);
      const hasActual = scenario.actuals?.towns.some((r) => r.year === year) || scenario.actuals?.evaluations.some((r) => r.year === year);
      if (!hasActual) process.stderr.write(`! ${file}: ${year} 年没有实际数，清算按预测数计算 / no actuals for ${year}: the settlement uses the forecast\n`);
      const full = buildSettlement(scenario, simulate(scenario, { hash }), { year, hash, actualsHash: actualsHash(scenario.actuals) });
      const settlement = opts.public ? publicSettlement(full) : full;
      let out: string | Uint8Array;
      try {
        out = await renderSettlement(settlement, format, { decimals, date });
      } catch (e) {
        if (e instanceof Error && e.name === 'Error' && /Chromium/.test(e.message)) throw new UserError(e.message);
        throw e;
      }
      if (opts.out === '-') {
        process.stdout.write(out);
        return;
      }
      writeFileAtomic(opts.out, out, opts.force === true);
      process.stderr.write(`✓ ${opts.out} (${format}, ${year} 清算 settlement${opts.public ? ', 公开版 public' : ''})\n`);
    });
}
