/**
 * Payments actually made (SPEC §12): where a settlement (清算) is recorded for a town,
 * program and earning year, the money that went out (advances 预拨 plus settlements) is the
 * paid amount of that program in its payment year (earning year + the program's lag),
 * never the engine's; the engine's own figure is kept beside it for the reconciliation
 * (`reconciliation.ts`). Advances alone do not replace the engine's figure: the
 * settlement that completes them is still to come.
 */
import { roundFen } from '../ledger/index.ts';
import type { PaymentRecord } from '../model/actuals.ts';
import type { Scenario } from '../model/scenario.ts';
import { sumRounded } from '../rewards/fenSum.ts';
import type { TownRewardsResult } from '../rewards/output.ts';

/** Recorded money for one town, program and earning year: advances, settlements, and whether a settlement is on record. */
export interface RecordedSum {
  readonly town: string;
  readonly program: string;
  readonly year: number;
  readonly advances: number;
  readonly settlements: number;
  readonly settled: boolean;
}

/** Key of a (town, program, earning year) triple. */
export function recordKey(town: string, program: string, year: number): string {
  return `${town}\u0000${program}\u0000${year}`;
}

/** Sums the records per (town, program, earning year), in first-seen order; amounts rounded to the fen. */
export function recordedSums(records: readonly PaymentRecord[]): RecordedSum[] {
  const by = new Map<string, { town: string; program: string; year: number; advances: number[]; settlements: number[] }>();
  for (const r of records) {
    const k = recordKey(r.town, r.program, r.year);
    let e = by.get(k);
    if (!e) by.set(k, (e = { town: r.town, program: r.program, year: r.year, advances: [], settlements: [] }));
    (r.kind === 'advance' ? e.advances : e.settlements).push(roundFen(r.amount));
  }
  return [...by.values()].map((e) => ({
    town: e.town, program: e.program, year: e.year,
    advances: sumRounded(e.advances), settlements: sumRounded(e.settlements), settled: e.settlements.length > 0,
  }));
}

/** The payment year of claims a program earns in `year`: `year + lagYears`. */
export function paymentYearOf(scenario: Scenario, program: string, year: number): number {
  const p = scenario.rewards.programs.find((q) => q.id === program);
  return year + (p?.lagYears ?? 0);
}

/**
 * The towns' reward results with recorded settled payments in place of the engine's paid
 * amounts (and the town totals re-footed); towns without records are returned as they are.
 */
export function withRecordedPayments(scenario: Scenario, towns: readonly TownRewardsResult[], records: readonly PaymentRecord[]): TownRewardsResult[] {
  const settled = recordedSums(records).filter((r) => r.settled);
  if (settled.length === 0) return [...towns];
  const first = scenario.startYear;
  return towns.map((t) => {
    const mine = settled.filter((r) => r.town === t.id);
    if (mine.length === 0) return t;
    const byProgram: Record<string, { claimed: readonly number[]; paid: readonly number[] }> = { ...t.rewards.byProgram };
    for (const r of mine) {
      const flows = byProgram[r.program];
      const y = paymentYearOf(scenario, r.program, r.year) - first;
      if (!flows || y < 0 || y >= flows.paid.length) continue;
      const paid = [...flows.paid];
      paid[y] = sumRounded([r.advances, r.settlements]);
      byProgram[r.program] = { claimed: flows.claimed, paid };
    }
    const programs = Object.values(byProgram);
    const total = t.rewards.total.map((_, y) => sumRounded(programs.map((f) => f.paid[y] ?? 0)));
    const clawback = t.rewards.clawback.map((c, y) => Math.min(c, Math.max(0, total[y]!)));
    return { ...t, rewards: { ...t.rewards, byProgram, total, clawback } };
  });
}
