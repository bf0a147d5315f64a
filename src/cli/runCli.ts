/**
 * The `townfisc` program as a function (SPEC §10): parses `argv`, runs the command and
 * turns every error into an exit code — 0 done, 2 bad input or usage (the lines of a
 * `UserError`, or an engine `RangeError` reported as invalid input), 3 internal error
 * (one line, the stack only with `--debug`). `main.ts` calls it once; tests call it
 * in-process to run many hostile inputs without spawning a process each.
 */
import { Command, CommanderError } from 'commander';
import { ENGINE_VERSION } from '../core/version.ts';
import { registerCommands } from './commands/index.ts';
import { engineRangeError } from './engineError.ts';
import { UserError } from './userError.ts';

function program(): Command {
  const p = new Command();
  p.name('townfisc')
    .description('广州特色小镇财政奖补、PPP、子基金与债务风险模拟 / fiscal-incentive and investment-fund simulator for Guangzhou\'s characteristic towns')
    .version(ENGINE_VERSION)
    .option('--debug', '出错时打印堆栈 / print stack traces on errors')
    .showHelpAfterError('(townfisc --help 查看用法 / for usage)')
    .exitOverride();
  registerCommands(p);
  return p;
}

/** Runs the CLI on `argv` (`[node, script, …args]`) and returns its exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  process.exitCode = undefined;
  try {
    await program().parseAsync([...argv]);
    // A command may set its own code (check: 1 on findings); read it and leave the process's clean.
    const code = typeof process.exitCode === 'number' ? process.exitCode : 0;
    process.exitCode = undefined;
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2; // help/version 0, usage errors 2
    const user = err instanceof UserError ? err : engineRangeError(err);
    if (user) {
      for (const line of user.lines) process.stderr.write(`${line}\n`);
      return user.exitCode;
    }
    const e = err instanceof Error ? err : new Error(String(err));
    process.stderr.write(`内部错误 / internal error: ${e.message.slice(0, 500)}\n`);
    if (argv.includes('--debug') && e.stack) process.stderr.write(`${e.stack}\n`);
    else process.stderr.write('(--debug 显示详细信息 / add --debug for details)\n');
    return 3;
  }
}
