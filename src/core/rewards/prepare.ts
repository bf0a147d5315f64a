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
import { zeroedU8 } from '../model/zeroed.ts';

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
  /** The same slots town-major (town, then program): scenario order, for ties in splitting the pool. */
  readonly poolSlotsByTown: Int32Array;
  /** Indices of milestone programs (their payments are what a failed assessment claws back). */
  readonly milestones: Int32Array;
  /** Indices of the money programs (all but land-quota). */
  readonly money: Int32Array;
  /** For each land-quota program, the index of the assessment program whose failure deducts land; −1 for none. */
  readonly landAssessment: Int32Array;
  /** Pool per year, rounded to the fen (SPEC §3 "Pool"); +∞ when the policy sets no pool. */
  readonly pool: Float64Array;
}

/** The part of a prepared policy that reads the policy and the horizon only. */
interface PolicyPrep {
  readonly startYear: number;
  readonly years: number;
  readonly curves: readonly CompiledCurve[];
  readonly milestones: Int32Array;
  readonly money: Int32Array;
  readonly landAssessment: Int32Array;
  readonly pool: Float64Array;
}

/**
 * Compiled policies by the `rewards` object. Safe: scenario objects are never mutated and a
 * shocked path keeps `scenario.rewards` (stress/shock.ts); a hit also requires the same
 * start year and horizon, the only other inputs. A compiled formula's scope is scratch
 * written before each evaluation, so sharing it between runs changes nothing.
 */
const POLICY = new WeakMap<Scenario['rewards'], PolicyPrep>();

function policyPrep(scenario: Scenario): PolicyPrep {
  const policy = scenario.rewards;
  const { startYear, horizonYears: years } = scenario;
  const kept = POLICY.get(policy);
  if (kept && kept.startYear === startYear && kept.years === years) return kept;
  const programs = policy.programs;
  const policyCurve = compileCurve(policy.curve);
  const curves = programs.map((p) => ((p.kind === 'milestone' || p.kind === 'assessment') && p.curve !== null ? compileCurve(p.curve) : policyCurve));
  const firstAssessment = programs.findIndex((p) => p.kind === 'assessment');
  const landAssessment = Int32Array.from(programs, (p) =>
    p.kind !== 'land-quota' ? -1 : p.assessment === null ? firstAssessment : programs.findIndex((q) => q.kind === 'assessment' && q.id === p.assessment));
  const pool = policy.pool === null
    ? new Float64Array(years).fill(Infinity)
    : expandSeries(policy.pool, startYear, years).map((x) => Math.max(0, roundFen(x)));
  const prep: PolicyPrep = {
    startYear, years, curves, landAssessment, pool,
    milestones: Int32Array.from(programs.flatMap((p, i) => (p.kind === 'milestone' ? [i] : []))),
    money: Int32Array.from(programs.flatMap((p, i) => (isMoneyProgram(p) ? [i] : []))),
  };
  POLICY.set(policy, prep);
  return prep;
}

/**
 * Prepares a scenario's reward policy; throws `FormulaError` on a formula the edge should
 * have refused. The policy's compiled part and each town's revenue-free frame are kept
 * between runs of the same scenario objects (`POLICY`, frame.ts); only the towns' revenue
 * and the eligibility table are built per call. The returned arrays are read-only.
 */
export function prepareRewards(scenario: Scenario): PreparedRewards {
  const programs = scenario.rewards.programs;
  const { curves, milestones, money, landAssessment, pool } = policyPrep(scenario);
  const towns = scenario.towns;
  const T = towns.length;
  const frames = new Array<TownFrame>(T);
  for (let i = 0; i < T; i++) frames[i] = townFrame(scenario, towns[i]!);
  const eligible = zeroedU8(programs.length * T);
  const poolSlots: number[] = [];
  for (let pi = 0; pi < programs.length; pi++) {
    const p = programs[pi]!;
    const pooled = p.fromPool && isMoneyProgram(p);
    for (let i = 0; i < T; i++) {
      if (!staticallyEligible(p, towns[i]!)) continue;
      eligible[pi * T + i] = 1;
      if (pooled) poolSlots.push(pi * T + i);
    }
  }
  return {
    scenario,
    years: scenario.horizonYears,
    frames,
    programs,
    curves,
    eligible,
    poolSlots: Int32Array.from(poolSlots),
    poolSlotsByTown: byTown(poolSlots, T),
    milestones,
    money,
    landAssessment,
    pool,
  };
}

/** Slots `p·T + i` in town-major order (town, then program): a counting sort by town. */
function byTown(slots: readonly number[], T: number): Int32Array {
  const start = new Int32Array(T + 1);
  for (const s of slots) start[(s % T) + 1] = start[(s % T) + 1]! + 1;
  for (let i = 0; i < T; i++) start[i + 1] = start[i + 1]! + start[i]!;
  const out = new Int32Array(slots.length);
  // slots come program-major (program ascending), so each town's run stays in program order
  for (const s of slots) {
    const i = s % T;
    out[start[i]!] = s;
    start[i] = start[i]! + 1;
  }
  return out;
}
