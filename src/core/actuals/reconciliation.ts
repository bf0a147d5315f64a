/**
 * The reconciliation of recorded payments (SPEC §12): per town, program and earning year
 * with payments on record, the money recorded (预拨 + 清算) beside the engine's own figure
 * for that program in the payment year, and the difference `recorded − computed`. The
 * recorded amounts are never overwritten; a difference is for the analyst to explain.
 */
import { roundFen } from '../ledger/index.ts';
import type { Actuals } from '../model/actuals.ts';
import type { Scenario } from '../model/scenario.ts';
import { sumRounded } from '../rewards/fenSum.ts';
import type { TownRewardsResult } from '../rewards/output.ts';
import { paymentYearOf, recordedSums } from './recordedPayments.ts';

/** One reconciliation row (SPEC §10 `settle.reconciliation`, with the earning and payment years). */
export interface ReconciliationRow {
  readonly town: string;
  readonly program: string;
  /** Earning (assessment) year. */
  readonly year: number;
  readonly paymentYear: number;
  /** 预拨 recorded. */
  readonly advances: number;
  /** 清算 recorded. */
  readonly settlements: number;
  /** advances + settlements. */
  readonly recorded: number;
  /** The engine's gross payment of the program to the town in the payment year (before clawback netting); null beyond the horizon. */
  readonly computed: number | null;
  /** recorded − computed; null when computed is. */
  readonly difference: number | null;
  /** Whether a settlement is on record (then `recorded` is the paid amount of the run). */
  readonly settled: boolean;
}

/** Rows for every (town, program, earning year) with payments on record, in the order first recorded. */
export function reconciliation(s: Scenario, a: Actuals, computed: readonly TownRewardsResult[]): ReconciliationRow[] {
  const byTown = new Map(computed.map((t) => [t.id, t] as const));
  return recordedSums(a.payments).map((r) => {
    const paymentYear = paymentYearOf(s, r.program, r.year);
    const y = paymentYear - s.startYear;
    const flows = byTown.get(r.town)?.rewards.byProgram[r.program];
    const c = flows && y >= 0 && y < flows.paid.length ? flows.paid[y]! : null;
    const recorded = sumRounded([r.advances, r.settlements]);
    return {
      town: r.town, program: r.program, year: r.year, paymentYear,
      advances: r.advances, settlements: r.settlements, recorded,
      computed: c, difference: c === null ? null : roundFen(sumRounded([recorded, -c])), settled: r.settled,
    };
  });
}
