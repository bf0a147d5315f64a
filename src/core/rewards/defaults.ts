/**
 * Default parameters of the reward policy (SPEC §3), as data with their source. SPEC §3
 * says no official formula exists: these are the project's design, drawn from Zhejiang
 * (浙政发〔2015〕8号) and Guangdong's annual ratings; every one is a scenario parameter.
 */
import type { Region, Stage } from '../model/scenario.ts';
import type { AssessmentWindow, CurvePoint, ProgramKind } from './types.ts';

export const REWARD_DEFAULTS = {
  /** SPEC §3 "Achievement": one KPI cannot mask the others. */
  achievementCap: 1.5,
  /** SPEC §3 "Elastic curve". */
  curvePoints: [{ A: 0.6, m: 0 }, { A: 1.0, m: 1.0 }, { A: 1.2, m: 1.2 }] as readonly CurvePoint[],
  /** SPEC §3 "Dynamic management": where the default curve reaches 0. */
  failBelow: 0.6,
  /** SPEC §3: removal after two failing years (Guangdong's annual ratings). */
  consecutiveFails: 2,
  rectifyPayFactor: 1,
  /** SPEC §3 "assessment". */
  clawbackFactor: 1,
  /** SPEC §3 "assessment": e.g. the 3 years after creation. */
  window: { anchor: 'creation', offset: 0, length: 3, repeat: false } as AssessmentWindow,
  /** SPEC §3 "revenue-return" (浙政发〔2015〕8号: 3 years in full, 2 years half). */
  revenueSchedule: [1, 1, 1, 0.5, 0.5] as readonly number[],
  /** SPEC §3 "land-quota" (浙政发〔2015〕8号: 50%, 60% for chosen themes; 加倍倒扣). */
  landShare: 0.5,
  landBoostedShare: 0.6,
  landClawbackFactor: 2,
  /** The project's choice: "met its targets" = composite achievement at least 1 (完成年度目标). */
  landMeetAt: 1,
  /** SPEC §7: 1 km² = 1500 mu (亩). */
  muPerKm2: 1500,
  stageFactor: { planning: 1, construction: 1, operation: 1 } as Readonly<Record<Stage, number>>,
  regionFactor: { 'north-eco': 1, 'central-south': 1 } as Readonly<Record<Region, number>>,
} as const;

/** SPEC §3 "Payment lag": 0, except 1 for `assessment`. */
export const DEFAULT_LAG: Readonly<Record<ProgramKind, number>> = {
  upfront: 0, milestone: 0, assessment: 1, 'revenue-return': 0, 'capital-grant': 0, 'land-quota': 0,
};

/** SPEC §3 "Pool": upfront, milestone, assessment and capital-grant draw on the pool; revenue-return is its own line. */
export const DEFAULT_FROM_POOL: Readonly<Record<ProgramKind, boolean>> = {
  upfront: true, milestone: true, assessment: true, 'revenue-return': false, 'capital-grant': true, 'land-quota': false,
};
