/**
 * The `townfisc` command line (SPEC §10). Every command that reads a scenario validates it
 * first; problems go to stderr one per line (path, value, Chinese / English) with exit 2,
 * and no stack trace unless `--debug`. The program itself is `runCli.ts`.
 */
import { runCli } from './runCli.ts';

process.exitCode = await runCli(process.argv);
