import type { Command } from 'commander';

/** `townfisc schema`: prints the scenario JSON Schema (SPEC §2, §10). */
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('输出情景文件的 JSON Schema / print the scenario JSON Schema')
    .action(async () => {
      const { scenarioJsonSchema } = await import('../../scenario/jsonSchema.ts');
      process.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
    });
}
