import type { Command } from 'commander';

/** `townfisc validate FILE…`: checks scenarios, lists every problem; exit 0 ok, 2 invalid (SPEC §10). */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('校验情景文件，列出全部问题 / check scenario files and list every problem')
    .argument('<files...>', '情景文件 (YAML/JSON) / scenario files')
    .action(async (files: string[]) => {
      const { loadOrThrow } = await import('../load.ts');
      for (const f of files) {
        const { scenario, hash } = await loadOrThrow(f);
        process.stdout.write(
          `✓ ${f}: ${scenario.name} — ${scenario.towns.length} 个小镇 towns, ${scenario.districts.length} 个区 districts, ` +
            `${scenario.startYear}–${scenario.startYear + scenario.horizonYears - 1}, hash ${hash.slice(0, 12)}\n`,
        );
      }
    });
}
