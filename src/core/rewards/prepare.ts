/**
 * Everything about a scenario's reward policy that does not change between runs, done
 * once (SPEC §1 "One engine, run many times", §9 "compiled once per scenario"): town
 * frames, static eligibility, compiled curves, the pool per year rounded to the fen.
 */
import { expandSeries } from '../model/expand.ts';
import type { Scenario } from '../model/scenario.ts';
import { roundFen } from '../ledger/index.ts';
import { compileCurve } from './curve.ts';
import type { CompiledCurve } from './curve.ts';
import { staticallyEligible } from './eligibility.ts';
import { townFrame } from './frame.ts';
import type { TownFrame } from './frame.ts';
import { isMoneyProgram } from './programs/index.ts';
import type { RewardProgram } from './types.ts';

/** A scenario's reward policy made ready to run, once per scenario (SPEC §9: formulas compiled once). */
export interface PreparedRewards {
  readonly scenario: Scenario;
  readonly years: number;
  readonly frames: readonly TownFrame[];
  readonly programs: readonly RewardProgram[];
  /** The curve each program uses (its own, else the policy's). */
  readonly curves: readonly CompiledCurve[];
  /** 1 where program p may pay town i at all: index p·T + i. */
  readonly eligible: Uint8Array;
  /** Slots p·T + i of the money programs that draw on the pool. */
  readonly poolSlots: Int32Array;
  /** Indices of milestone programs (their payments are what a failed assessment claws back). */
  readonly milestones: Int32Array;
  /** For each land-quota program, the index of the assessment program whose failure deducts land; −1 for none. */
  readonly landAssessment: Int32Array;
  /** Pool per year, rounded to the fen (SPEC §3 "Pool"); +∞ when the policy sets no pool. */
  readonly pool: Float64Array;
}

/** Prepares a scenario's reward policy; throws `FormulaError` on a formula the edge should have refused. */
export function prepareRewards(scenario: Scenario): PreparedRewards {
  const policy = scenario.rewards;
  const years = scenario.horizonYears;
  const frames = scenario.towns.map((t) => townFrame(scenario, t));
  const programs = policy.programs;
  const T = frames.length;
  const policyCurve = compileCurve(policy.curve);
  const curves = programs.map((p) => ((p.kind === 'milestone' || p.kind === 'assessment') && p.curve !== null ? compileCurve(p.curve) : policyCurve));
  const eligible = new Uint8Array(programs.length * T);
  const poolSlots: number[] = [];
  programs.forEach((p, pi) => {
    frames.forEach((f, i) => {
      if (!staticallyEligible(p, f.town)) return;
      eligible[pi * T + i] = 1;
      if (p.fromPool && isMoneyProgram(p)) poolSlots.push(pi * T + i);
    });
  });
  const firstAssessment = programs.findIndex((p) => p.kind === 'assessment');
  const landAssessment = Int32Array.from(programs, (p) =>
    p.kind !== 'land-quota' ? -1 : p.assessment === null ? firstAssessment : programs.findIndex((q) => q.kind === 'assessment' && q.id === p.assessment));
  const pool = policy.pool === null
    ? new Float64Array(years).fill(Infinity)
    : expandSeries(policy.pool, scenario.startYear, years).map((x) => Math.max(0, roundFen(x)));
  return {
    scenario,
    years,
    frames,
    programs,
    curves,
    eligible,
    poolSlots: Int32Array.from(poolSlots),
    milestones: Int32Array.from(programs.flatMap((p, i) => (p.kind === 'milestone' ? [i] : []))),
    landAssessment,
    pool,
  };
}
