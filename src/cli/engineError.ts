/**
 * The backstop between the engine and the user (issue #12): the schema bounds every amount
 * (`src/scenario/schema/magnitude.ts`), but should a scenario still drive the ledger out of
 * its exact range (a sum of many large amounts) or produce a non-finite amount, the engine
 * throws a `RangeError`. That is a property of the input, not a bug: it is reported as
 * invalid input (exit 2) with a bounded message, never as an internal error with a stack.
 */
import { clip } from '../scenario/clip.ts';
import { UserError } from './userError.ts';

/** Engine messages that describe an amount out of range (the ledger's and the finance helpers'). */
const AMOUNT_ERROR = /fen range|finite|must be a whole number|tenorYears|rate must be/;

/** A `UserError` (exit 2) for an engine `RangeError` about an amount; undefined for anything else. */
export function engineRangeError(err: unknown, file?: string): UserError | undefined {
  if (!(err instanceof RangeError) || !AMOUNT_ERROR.test(err.message)) return undefined;
  const where = file === undefined ? '' : `${file}: `;
  return new UserError([
    `${where}情景中的数值超出可精确计算的范围（单笔金额须在 ±1,000,000,000 万元以内，合计不超过约 9,007,199,254 万元）：请检查金额、增长率和公式 / ` +
      `the scenario's amounts leave the range the ledger computes exactly (each amount within ±1,000,000,000 万元, totals within about 9,007,199,254 万元): check amounts, growth rates and formulas`,
    `  (${clip(err.message)})`,
  ]);
}
