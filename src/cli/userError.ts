/** An error meant for the user: printed as lines on stderr, exit code 2, no stack trace. */
export class UserError extends Error {
  readonly lines: readonly string[];
  readonly exitCode: number;
  constructor(lines: string | readonly string[], exitCode = 2) {
    const all = typeof lines === 'string' ? [lines] : lines;
    super(all.join('\n'));
    this.lines = all;
    this.exitCode = exitCode;
  }
}
