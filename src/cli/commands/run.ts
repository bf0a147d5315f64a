import type { Command } from 'commander';

/** `townfisc run FILE [--json] [--out F]`: deterministic run (SPEC §10). */
export function registerRun(program: Command): void {
  program
    .command('run')
    .description('确定性运行：可读摘要或结果 JSON / deterministic run: readable summary or result JSON')
    .argument('<file>', '情景文件 / scenario file')
    .option('--json', '输出结果 JSON (SPEC §10) / emit the result JSON')
    .option('--out <file>', '写入文件而非标准输出 / write to a file instead of stdout')
    .option('--force', '覆盖已存在的输出文件 / overwrite an existing output file')
    .action(async (file: string, opts: { json?: boolean; out?: string; force?: boolean }) => {
      const [{ loadOrThrow }, { simulate }, { writeFileAtomic }, { resultJson }, { formatRunSummary }] = await Promise.all([
        import('../load.ts'), import('../../core/simulate.ts'), import('../io.ts'), import('../../report/resultJson.ts'), import('../format/runSummary.ts'),
      ]);
      const { scenario, hash } = await loadOrThrow(file);
      const result = simulate(scenario, { hash });
      const text = opts.json ? resultJson(result) : `${formatRunSummary(result, scenario)}\n`;
      if (opts.out) writeFileAtomic(opts.out, text, opts.force === true);
      else process.stdout.write(text);
    });
}
