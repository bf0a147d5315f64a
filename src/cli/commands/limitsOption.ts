/**
 * `--limits all|findings|none` of `run --json` and `check --json` (issue #12, docs/decisions.md
 * "Speed"): how much of the `limits` list the JSON carries. The default `all` keeps SPEC §10's
 * "every evaluated limit". The values mirror `LIMITS_MODES` of report/resultJson.ts, written
 * out here so `--help` loads no report code.
 */
import { UserError } from '../userError.ts';

export type LimitsChoice = 'all' | 'findings' | 'none';

const CHOICES: readonly LimitsChoice[] = ['all', 'findings', 'none'];

export const LIMITS_FLAGS = '--limits <which>';
export const LIMITS_DESCRIPTION =
  'JSON 中的 limits：all 全部限额行（默认，SPEC §10）、findings 仅预警与违规行、none 不含 / ' +
  'limit rows in the JSON: all (default, every evaluated limit, SPEC §10), findings (warning and breach rows only), none';

/** The `--limits` value, or a bilingual UserError (exit 2) naming the choices. */
export function limitsChoiceOf(s: string | undefined): LimitsChoice {
  if (s === undefined) return 'all';
  const c = CHOICES.find((x) => x === s);
  if (c) return c;
  throw new UserError(`--limits 应为 ${CHOICES.join('|')}，实际为 "${s.slice(0, 40)}" / --limits must be one of ${CHOICES.join(', ')}`);
}
