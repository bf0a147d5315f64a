import type { Command } from 'commander';
import { FileGuardError, MAX_WORKBOOK_BYTES, readRegularFile, readRegularText } from '../../scenario/fileGuard.ts';
import { workbookProblem } from '../workbookGuard.ts';
import { basename, dirname, relative, resolve } from 'node:path';
import { writeFileAtomic } from '../io.ts';
import { UserError } from '../userError.ts';

/** `towns-2026.yaml` → `towns-2026` as a slug (lowercase ASCII, hyphens). */
function slugOf(file: string): string {
  const s = basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return s === '' ? 'imported-towns' : s;
}

/**
 * `townfisc import towns.xlsx --out scenario.yaml [--extends base.yaml] [--force]`
 * (issue #7): reads a filled town register, validates it with the scenario schema and
 * writes a scenario that extends the base (or a towns list without one). Every problem is
 * printed with its sheet and cell (`towns!D5`) and the bilingual message; exit 2 and
 * nothing written when there is any.
 */
/**
 * Reads every workbook — regular files only, size-capped, zip bombs and cell floods refused
 * before exceljs loads anything (issue #12) — or throws a UserError naming every one that
 * cannot be read (nothing is written).
 */
async function readAll(files: readonly string[]): Promise<{ name: string; bytes: Uint8Array }[]> {
  const out: { name: string; bytes: Uint8Array }[] = [];
  const bad: string[] = [];
  for (const f of files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readRegularFile(f, MAX_WORKBOOK_BYTES));
    } catch (e) {
      const { zh = String(e), en = String(e) } = e instanceof FileGuardError ? e : {};
      bad.push(`${f}: 无法读取：${zh} / cannot read: ${en}`);
      continue;
    }
    const tooMuch = workbookProblem(bytes);
    if (tooMuch) bad.push(`${f}: ${tooMuch.zh}，未写入文件 / ${tooMuch.en}; nothing written`);
    else out.push({ name: basename(f), bytes });
  }
  if (bad.length > 0) throw new UserError(bad);
  return out;
}

/** `import A.xlsx B.xlsx … --extends base.yaml --out actuals.yaml`: districts' actuals workbooks merged into one actuals file (SPEC §12). */
async function importActualsFiles(files: readonly string[], opts: { out: string; extends?: string; force?: boolean }): Promise<void> {
  if (!opts.extends) throw new UserError('导入实际数需要 --extends（实际数所属的情景文件）/ importing actuals needs --extends, the scenario the actuals belong to');
  const books = await readAll(files);
  const { importActuals } = await import('../../scenario/workbook/importActuals.ts');
  const outPath = resolve(opts.out).replace(/\\/g, '/');
  const ref = relative(dirname(outPath), resolve(opts.extends)).replace(/\\/g, '/');
  const r = await importActuals(books, {
    outPath,
    base: { path: resolve(opts.extends).replace(/\\/g, '/'), ref: ref.startsWith('.') ? ref : `./${ref}` },
    id: slugOf(opts.out),
    name: `导入实际数 imported actuals (${books.map((b) => b.name).join(', ')})`,
    readText: (p) => readRegularText(p),
  });
  if (!r.ok) {
    const n = r.issues.length;
    const { issueLines } = await import('../load.ts');
    throw new UserError([`发现 ${n} 个问题，未写入文件 / ${n} problem${n === 1 ? '' : 's'} found, nothing written`, ...issueLines(r.issues)]);
  }
  writeFileAtomic(opts.out, r.yaml, opts.force === true);
  process.stderr.write(`✓ ${opts.out} (${r.year} 年实际数 actuals: ${r.towns} 个小镇 towns, ${r.districts} 个区 districts)\n`);
}

/**
 * `townfisc import towns.xlsx --out scenario.yaml [--extends base.yaml] [--force]`
 * (issue #7): reads a filled town register, validates it with the scenario schema and
 * writes a scenario that extends the base (or a towns list without one). Actuals
 * workbooks (`template --actuals`, SPEC §12) are recognised by their marker sheet; several
 * districts' workbooks merge into one actuals file. Every problem is printed with its
 * sheet and cell (`towns!D5`, `conghua!E7`) and the bilingual message; exit 2 and nothing
 * written when there is any — an existing output is never touched.
 */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('从 Excel 填报表生成情景或实际数文件 / turn filled workbooks (town register, actuals) into a scenario file')
    .argument('<workbooks...>', '填好的 .xlsx 模板（实际数可多个区）/ the filled .xlsx templates (several districts for actuals)')
    .requiredOption('--out <file>', '输出情景文件 (.yaml) / output scenario file')
    .option('--extends <file>', '基准情景（继承其余部分）/ base scenario the output extends')
    .option('--force', '覆盖已存在的输出文件 / overwrite an existing output file')
    .action(async (workbooks: string[], opts: { out: string; extends?: string; force?: boolean }) => {
      const first = await readAll(workbooks.slice(0, 1));
      const { isActualsWorkbook } = await import('../../scenario/workbook/readActualsWorkbook.ts');
      if (workbooks.length > 1 || await isActualsWorkbook(first[0]!.bytes)) return importActualsFiles(workbooks, opts);
      const workbook = workbooks[0]!;
      const bytes = first[0]!.bytes;
      const { importTowns } = await import('../../scenario/workbook/importTowns.ts');
      const outPath = resolve(opts.out).replace(/\\/g, '/');
      const base = opts.extends
        ? { path: resolve(opts.extends).replace(/\\/g, '/'), ref: relative(dirname(outPath), resolve(opts.extends)).replace(/\\/g, '/') }
        : undefined;
      const r = await importTowns(bytes, {
        outPath,
        ...(base ? { base: { path: base.path, ref: base.ref.startsWith('.') ? base.ref : `./${base.ref}` } } : {}),
        id: slugOf(opts.out),
        name: `导入小镇名录 imported town register (${basename(workbook)})`,
        comment: `Imported from ${basename(workbook)} by townfisc import.`,
        readText: (p) => readRegularText(p),
      });
      if (!r.ok) {
        const n = r.issues.length;
        const { issueLines } = await import('../load.ts');
        throw new UserError([`${workbook}: 发现 ${n} 个问题，未写入文件 / ${n} problem${n === 1 ? '' : 's'} found, nothing written`, ...issueLines(r.issues)]);
      }
      writeFileAtomic(opts.out, r.yaml, opts.force === true);
      process.stderr.write(`✓ ${opts.out} (${r.towns} 个小镇 towns)\n`);
    });
}
