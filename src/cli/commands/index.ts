import type { Command } from 'commander';
import { registerValidate } from './validate.ts';
import { registerSchema } from './schema.ts';
import { registerRun } from './run.ts';
import { registerCheck } from './check.ts';
import { registerCompare } from './compare.ts';
import { registerReport } from './report.ts';
import { registerTemplate } from './template.ts';
import { registerImport } from './import.ts';
import { registerSettle } from './settle.ts';
import { registerStress } from './stress.ts';
import { registerSensitivity } from './sensitivity.ts';
import { registerGoalSeek } from './goalSeek.ts';

export function registerCommands(program: Command): void {
  registerValidate(program);
  registerSchema(program);
  registerRun(program);
  registerCheck(program);
  registerCompare(program);
  registerReport(program);
  registerTemplate(program);
  registerImport(program);
  registerSettle(program);
  registerStress(program);
  registerSensitivity(program);
  registerGoalSeek(program);
}
