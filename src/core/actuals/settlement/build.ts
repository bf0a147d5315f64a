/**
 * Builds the settlement of year Y (SPEC §12) from a run of the same scenario: every figure
 * is the run's (claims, payments, clawbacks, statuses), the chain of reasons is read back
 * from the engine's own pieces, and the recorded payments come from the actuals. So the
 * settlement equals what `run` gives for that year on the same file, by construction, and
 * a test holds it to that.
 */
import { allocateToFen, roundFen } from '../../ledger/index.ts';
import type { Actuals } from '../../model/actuals.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { RunResult, TownStatus } from '../../result.ts';
import { townAchievement } from '../../rewards/achievement.ts';
import type { ClaimContext } from '../../rewards/claimContext.ts';
import { sumRounded } from '../../rewards/fenSum.ts';
import { prepareRewards } from '../../rewards/prepare.ts';
import { isMoneyProgram } from '../../rewards/programs/index.ts';
import { STATUS } from '../../rewards/status.ts';
import { actualAchievements } from '../achievements.ts';
import { DEFAULT_GRADE_FACTORS, DEFAULT_SETTLEMENT_INFO } from '../defaults.ts';
import { recordKey, recordedSums } from '../recordedPayments.ts';
import { ruleStatuses, streakYears } from '../statusDecisions.ts';
import { TAX_KPI } from './taxKpi.ts';
import { claimBasis, claimFactors, kpiLinks } from './chain.ts';
import type { DistrictSettlement, ProgramSettlement, Settlement, SettlementTotals, TownSettlement } from './types.ts';

/** What the settlement needs besides the scenario and its run. */
export interface SettleOptions {
  readonly year: number;
  /** Content hash of the whole scenario and of its `actuals` section (computed at the edge). */
  readonly hash: string;
  readonly actualsHash: string;
}

const CODE: Readonly<Record<TownStatus, number>> = STATUS;

function totalsOf(rows: readonly { claims: number; payable: number; advance: number; settled: number; difference: number; clawbackRecovered: number }[]): SettlementTotals {
  const sum = (f: (r: SettlementTotals) => number) => sumRounded(rows.map(f));
  return { claims: sum((r) => r.claims), payable: sum((r) => r.payable), advance: sum((r) => r.advance), settled: sum((r) => r.settled), difference: sum((r) => r.difference), clawbackRecovered: sum((r) => r.clawbackRecovered) };
}

function programTotals(rows: readonly ProgramSettlement[]): SettlementTotals {
  return totalsOf(rows.map((r) => ({ claims: r.claim, payable: r.payable ?? 0, advance: r.advance, settled: r.settled, difference: r.difference ?? 0, clawbackRecovered: r.chain.clawbackNetted })));
}

/** The settlement of `opts.year`; throws when the year is outside the horizon (the edge checks first). */
export function buildSettlement(s: Scenario, result: RunResult, opts: SettleOptions): Settlement {
  const a: Actuals = s.actuals ?? { towns: [], districts: [], payments: [], evaluations: [], gradeFactors: DEFAULT_GRADE_FACTORS, settlement: DEFAULT_SETTLEMENT_INFO };
  const n = s.horizonYears;
  const t = opts.year - s.startYear;
  if (t < 0 || t >= n) throw new Error(`buildSettlement: year ${opts.year} is outside ${s.startYear}–${s.startYear + n - 1}`);
  const prep = prepareRewards(s);
  const ratios = actualAchievements(s, a);
  const recorded = new Map(recordedSums(a.payments).map((r) => [recordKey(r.town, r.program, r.year), r] as const));
  const reconciliation = result.actuals?.reconciliation ?? [];
  const T = s.towns.length;

  const towns: TownSettlement[] = s.towns.map((town, i) => {
    const r = result.towns[i]!;
    const frame = prep.frames[i]!;
    const status = Uint8Array.from(r.status, (x) => CODE[x]);
    const ach = townAchievement(frame, s.rewards.achievementCap, ratios[i]);
    const ctx: ClaimContext = { frame, ach, status, rectifyPayFactor: s.rewards.rectifyPayFactor, failBelow: s.rewards.failBelow, retainedShare: s.city.retainedShare };
    const yearKind = result.actuals?.towns[i]?.yearKind[t] ?? 'forecast';
    const links = kpiLinks(s, a, ctx, t, yearKind);
    const rows: ProgramSettlement[] = [];
    prep.programs.forEach((p, pi) => {
      if (!isMoneyProgram(p) || prep.eligible[pi * T + i] === 0) return;
      const flows = r.rewards.byProgram[p.id];
      if (!flows) return;
      const claim = flows.claimed[t]!;
      const rec = recorded.get(recordKey(town.id, p.id, opts.year));
      const basis = claimBasis(s, p, ctx, prep.curves[pi]!, t);
      if (claim === 0 && !rec && basis.curve === null) return;
      const P = t + p.lagYears;
      const inHorizon = P < n;
      const settledRow = reconciliation.find((x) => x.town === town.id && x.program === p.id && x.year === opts.year && x.settled);
      const paid = !inHorizon ? null : settledRow?.computed ?? flows.paid[P]!;
      let netted = 0;
      if (inHorizon && paid !== null && r.rewards.clawback[P]! > 0) {
        const ids = Object.keys(r.rewards.byProgram);
        const w = ids.map((id) => (id === p.id ? paid : r.rewards.byProgram[id]!.paid[P]!));
        netted = allocateToFen(r.rewards.clawback[P]!, w)[ids.indexOf(p.id)] ?? 0;
      }
      const payable = paid === null ? null : roundFen(paid - netted);
      const advance = rec?.advances ?? 0, settled = rec?.settlements ?? 0;
      rows.push({
        program: p.id, name: p.name, kind: p.kind, claim,
        chain: { kpis: p.kind === 'milestone' || p.kind === 'assessment' ? links : [], ...basis, factors: claimFactors(s, a, p, ctx, t), poolShare: paid === null || claim === 0 ? null : paid / claim, clawbackNetted: netted },
        paid, payable, paymentYear: opts.year + p.lagYears, advance, settled,
        difference: payable === null ? null : sumRounded([payable, -advance, -settled]),
      });
    });
    const rule = ruleStatuses(s, r.achievement, town.creationYear);
    const evaluation = a.evaluations.find((e) => e.town === town.id && e.year === opts.year) ?? null;
    const next = t + 1 < n ? r.status[t + 1]! : null;
    const nextRule = t + 1 < n ? rule[t + 1]! : null;
    const basisOf = (end: number) => (end < 0 ? [] : streakYears(s, r.achievement, a.evaluations.filter((e) => e.town === town.id), end));
    return {
      id: town.id, name: town.name, district: town.district, yearKind,
      status: r.status[t]!, statusRule: rule[t]!, statusBasis: r.status[t] === 'active' || r.status[t] === 'inactive' ? [] : basisOf(t - 1),
      decision: {
        forYear: opts.year + 1, status: next, rule: nextRule, differs: next !== nextRule,
        decidedBy: evaluation?.decision ? 'commission' : 'rule', evaluation,
        basisYears: next === 'rectify' || next === 'removed' ? basisOf(t) : [],
      },
      programs: rows,
      totals: programTotals(rows),
    };
  });

  const districts: DistrictSettlement[] = s.districts.map((d) => {
    const mine = towns.filter((x) => x.district === d.id);
    const tax = mine.flatMap((x) => x.programs.find((p) => p.kind === 'milestone')?.chain.kpis.filter((k) => k.kpi === TAX_KPI && k.actual !== null) ?? []);
    return {
      id: d.id, name: d.name, towns: mine.map((x) => x.id), totals: totalsOf(mine.map((x) => x.totals)),
      tax: tax.length === 0 ? null : { actual: sumRounded(tax.map((k) => roundFen(k.actual ?? 0))), target: sumRounded(tax.map((k) => roundFen(k.target ?? 0))) },
    };
  });

  const pool = prep.pool[t]!;
  let poolClaims = 0;
  const poolPaid: number[] = [];
  for (const slot of prep.poolSlots) {
    const p = prep.programs[Math.floor(slot / T)]!;
    const town = result.towns[slot % T]!;
    const e = t - p.lagYears;
    if (e >= 0) poolClaims += town.rewards.byProgram[p.id]?.claimed[e] ?? 0;
    poolPaid.push(town.rewards.byProgram[p.id]?.paid[t] ?? 0);
  }
  return {
    year: opts.year,
    scenario: { id: s.id, name: s.name, hash: opts.hash, actualsHash: opts.actualsHash },
    engineVersion: result.engineVersion,
    info: a.settlement,
    public: false,
    districts,
    towns,
    totals: { ...totalsOf(towns.map((x) => x.totals)), pool: Number.isFinite(pool) ? pool : null, poolClaims: roundFen(poolClaims), poolPaid: sumRounded(poolPaid) },
    reconciliation: reconciliation.filter((x) => x.year === opts.year),
  };
}
