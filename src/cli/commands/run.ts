import type { Command } from 'commander';
import { LIMITS_DESCRIPTION, LIMITS_FLAGS, limitsChoiceOf } from './limitsOption.ts';

/** `townfisc run FILE [--json] [--limits all|findings|none] [--out F]`: deterministic run (SPEC §10). */
export function registerRun(program: Command): void {
  program
    .command('run')
    .description('确定性运行：可读摘要或结果 JSON / deterministic run: readable summary or result JSON')
    .argument('<file>', '情景文件 / scenario file')
    .option('--json', '输出结果 JSON (SPEC §10) / emit the result JSON')
    .option(LIMITS_FLAGS, LIMITS_DESCRIPTION)
    .option('--out <file>', '写入文件而非标准输出 / write to a file instead of stdout')
    .option('--force', '覆盖已存在的输出文件 / overwrite an existing output file')
    .action(async (file: string, opts: { json?: boolean; limits?: string; out?: string; force?: boolean }) => {
      const limits = limitsChoiceOf(opts.limits);
      const [{ loadOrThrow }, { simulate }, { writeChunksAtomic, writeChunksToStdout }, { resultJsonChunks }, { formatRunSummary }] = await Promise.all([
        import('../load.ts'), import('../../core/simulate.ts'), import('../io.ts'), import('../../report/resultJson.ts'), import('../format/runSummary.ts'),
      ]);
      const { scenario, hash } = await loadOrThrow(file);
      const result = simulate(scenario, { hash });
      // The JSON is streamed: at national scale it is larger than one string may be (issue #12).
      const chunks = opts.json ? resultJsonChunks(result, limits) : [`${formatRunSummary(result, scenario)}\n`];
      if (opts.out) writeChunksAtomic(opts.out, chunks, opts.force === true);
      else await writeChunksToStdout(chunks);
    });
}
