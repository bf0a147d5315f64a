import type { Command } from 'commander';

/**
 * `townfisc check FILE… [--json] [--strict]`: every limit and compliance rule (SPEC §4.6,
 * §4.3, §5, §6, §7) evaluated per subject and year, then each district's legal (official)
 * and broad (practice line) debt-ratio tiers side by side. Exit 0 when nothing is found, 1 on a
 * breach (or on a warning with --strict), 2 when a file is invalid (SPEC §10).
 */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('检查限额与合规规则（预警、违规及剩余空间）/ check limits and compliance: warnings, breaches and headroom')
    .argument('<files...>', '情景文件 / scenario files')
    .option('--json', '输出 JSON：limits 与 findings / emit limits and findings as JSON')
    .option('--strict', '预警也视为失败（退出码 1）/ fail (exit 1) on warnings too')
    .action(async (files: string[], opts: { json?: boolean; strict?: boolean }) => {
      const [{ loadOrThrow }, { simulate }, { renderFindings }, { districtTiers }] = await Promise.all([
        import('../load.ts'), import('../../core/simulate.ts'), import('../format/findings.ts'), import('../format/districtTiers.ts'),
      ]);
      const loaded = await Promise.all(files.map((f) => loadOrThrow(f)));
      let failed = false;
      const json: unknown[] = [];
      for (const { file, scenario, hash } of loaded) {
        const r = simulate(scenario, { hash });
        const breaches = r.findings.filter((f) => f.level === 'breach').length;
        const warnings = r.findings.length - breaches;
        if (breaches > 0 || (opts.strict && warnings > 0)) failed = true;
        if (opts.json) json.push({ file, scenario: r.scenario, engineVersion: r.engineVersion, summary: { breaches, warnings }, findings: r.findings, limits: r.limits });
        else {
          process.stdout.write(`== ${r.scenario.name} (${file}) hash ${r.scenario.hash.slice(0, 16)} ==\n${renderFindings(r.findings)}\n`);
          process.stdout.write(`\n区债务率风险等级：法定（官方）与宽口径（实践口径） / District tiers: legal (official) and broad (practice line)\n${districtTiers(r, scenario)}\n`);
        }
      }
      if (opts.json) process.stdout.write(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
      process.exitCode = failed ? 1 : 0;
    });
}
