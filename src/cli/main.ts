/**
 * The `townfisc` command line (SPEC §10). Every command that reads a scenario validates it
 * first; problems go to stderr one per line (path, value, Chinese / English) with exit 2,
 * and no stack trace unless `--debug`.
 */
import { Command, CommanderError } from 'commander';
import { ENGINE_VERSION } from '../core/version.ts';
import { UserError } from './userError.ts';
import { registerCommands } from './commands/index.ts';

const program = new Command();
program
  .name('townfisc')
  .description('广州特色小镇财政奖补、PPP、子基金与债务风险模拟 / fiscal-incentive and investment-fund simulator for Guangzhou\'s characteristic towns')
  .version(ENGINE_VERSION)
  .option('--debug', '出错时打印堆栈 / print stack traces on errors')
  .showHelpAfterError('(townfisc --help 查看用法 / for usage)')
  .exitOverride();

registerCommands(program);

function debugOn(): boolean {
  return process.argv.includes('--debug');
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // help and version exit 0; usage errors (unknown option, missing argument) exit 2
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else if (err instanceof UserError) {
    for (const line of err.lines) process.stderr.write(`${line}\n`);
    process.exitCode = err.exitCode;
  } else {
    const e = err instanceof Error ? err : new Error(String(err));
    process.stderr.write(`内部错误 / internal error: ${e.message}\n`);
    if (debugOn() && e.stack) process.stderr.write(`${e.stack}\n`);
    else process.stderr.write('(--debug 显示详细信息 / add --debug for details)\n');
    process.exitCode = 3;
  }
}
