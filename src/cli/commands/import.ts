import type { Command } from 'commander';
import { FileGuardError, MAX_WORKBOOK_BYTES, readRegularFile, readRegularText } from '../../scenario/fileGuard.ts';
import { issueLines } from '../load.ts';
import { workbookProblem } from '../workbookGuard.ts';
import { basename, dirname, relative, resolve } from 'node:path';
import { importTowns } from '../../report/template/importTowns.ts';
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
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('从 Excel 小镇名录生成情景文件 / turn a filled town register workbook into a scenario')
    .argument('<workbook>', '填好的 .xlsx 模板 / the filled .xlsx template')
    .requiredOption('--out <file>', '输出情景文件 (.yaml) / output scenario file')
    .option('--extends <file>', '基准情景（继承其余部分）/ base scenario the output extends')
    .option('--force', '覆盖已存在的输出文件 / overwrite an existing output file')
    .action(async (workbook: string, opts: { out: string; extends?: string; force?: boolean }) => {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(readRegularFile(workbook, MAX_WORKBOOK_BYTES)); // regular files only, size-capped
      } catch (e) {
        const { zh = String(e), en = String(e) } = e instanceof FileGuardError ? e : {};
        throw new UserError(`${workbook}: 无法读取：${zh} / cannot read: ${en}`);
      }
      const tooMuch = workbookProblem(bytes); // zip bombs and cell floods, before exceljs loads anything
      if (tooMuch) throw new UserError(`${workbook}: ${tooMuch.zh}，未写入文件 / ${tooMuch.en}; nothing written`);
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
        throw new UserError([`${workbook}: 发现 ${n} 个问题，未写入文件 / ${n} problem${n === 1 ? '' : 's'} found, nothing written`, ...issueLines(r.issues)]);
      }
      writeFileAtomic(opts.out, r.yaml, opts.force === true);
      process.stderr.write(`✓ ${opts.out} (${r.towns} 个小镇 towns)\n`);
    });
}
