import type { Command } from 'commander';
import { LIMITS_DESCRIPTION, LIMITS_FLAGS, limitsChoiceOf } from './limitsOption.ts';

/**
 * `townfisc check FILE… [--json] [--limits all|findings|none] [--strict]`: every limit and
 * compliance rule (SPEC §4.6, §4.3, §5, §6, §7) evaluated per subject and year, then each
 * district's legal (official) and broad (practice line) debt-ratio tiers side by side. Exit 0
 * when nothing is found, 1 on a breach (or on a warning with --strict), 2 when a file is
 * invalid (SPEC §10). The JSON (one object, or an array of them for several files) is
 * streamed, one scenario's result alive at a time.
 */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('检查限额与合规规则（预警、违规及剩余空间）/ check limits and compliance: warnings, breaches and headroom')
    .argument('<files...>', '情景文件 / scenario files')
    .option('--json', '输出 JSON：limits 与 findings / emit limits and findings as JSON')
    .option(LIMITS_FLAGS, LIMITS_DESCRIPTION)
    .option('--strict', '预警也视为失败（退出码 1）/ fail (exit 1) on warnings too')
    .action(async (files: string[], opts: { json?: boolean; limits?: string; strict?: boolean }) => {
      const limits = limitsChoiceOf(opts.limits);
      const [{ loadOrThrow }, { simulate }, { renderFindings }, { withLimits, jsonText, jsonArrayText }, { writeChunksToStdout }, { renderChangedLines }, { districtTiers }] = await Promise.all([
        import('../load.ts'), import('../../core/simulate.ts'), import('../format/findings.ts'), import('../../report/resultJson.ts'), import('../io.ts'), import('../format/ruleLines.ts'), import('../format/districtTiers.ts'),
      ]);
      // Every file is validated before any is run, so an invalid one fails at once (exit 2).
      const loaded = await Promise.all(files.map((f) => loadOrThrow(f)));
      let failed = false;
      async function* checked(): AsyncGenerator<unknown, void, undefined> {
        for (const { file, scenario, hash } of loaded) {
          const r = simulate(scenario, { hash });
          const breaches = r.findings.filter((f) => f.level === 'breach').length;
          const warnings = r.findings.length - breaches;
          if (breaches > 0 || (opts.strict && warnings > 0)) failed = true;
          if (opts.json) {
            yield withLimits({ file, scenario: r.scenario, engineVersion: r.engineVersion, summary: { breaches, warnings }, findings: r.findings, limits: r.limits }, limits);
          } else {
            process.stdout.write(`== ${r.scenario.name} (${file}) hash ${r.scenario.hash.slice(0, 16)} ==\n${renderChangedLines(r.thresholds)}${renderFindings(r.findings)}\n`);
            process.stdout.write(`\n区债务率风险等级：法定（官方）与宽口径（实践口径） / District tiers: legal (official) and broad (practice line)\n${districtTiers(r, scenario)}\n`);
          }
        }
      }
      if (!opts.json) for await (const _ of checked());
      else if (loaded.length === 1) for await (const doc of checked()) await writeChunksToStdout(jsonText(doc));
      else await writeChunksToStdout(jsonArrayText(checked()));
      process.exitCode = failed ? 1 : 0;
    });
}
