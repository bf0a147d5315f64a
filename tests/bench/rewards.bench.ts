/**
 * Rewards benchmark (issue #3): 2,000 towns × 30 years (the Guangzhou baseline replicated)
 * under an elastic policy with every program kind and a queue pool. Prints the median time
 * of the engine run (`runRewards`, what a Monte Carlo path costs), of the output boundary
 * (fen rounding and shaping), and of `simulateRewards` end to end. Target: run < 200 ms.
 */
import { prepareRewards, rewardsResult, runRewards, simulateRewards } from '../../src/core/rewards/index.ts';
import type { RewardPolicy, RewardProgram } from '../../src/core/rewards/types.ts';
import type { Scenario } from '../../src/core/model/scenario.ts';
import { medianMs, syntheticScenario } from './synthetic.ts';

const ANY = { stages: null, regions: null, themes: null, districts: null, towns: null, flagship: null };
const common = (id: string, lagYears = 0, fromPool = true) => ({
  id, name: id, eligibility: ANY, lagYears, fromPool,
  stageFactor: { planning: 0.5, construction: 1.2, operation: 1 }, regionFactor: { 'north-eco': 1.2, 'central-south': 1 },
});

const programs: RewardProgram[] = [
  { kind: 'upfront', ...common('exante'), base: 3000 },
  { kind: 'milestone', ...common('mid'), base: 800, curve: null },
  { kind: 'assessment', ...common('post', 1), base: 2500, curve: null, window: { anchor: 'construction', offset: 0, length: 3, repeat: true }, failBelow: 0.85, clawbackFactor: 1 },
  { kind: 'revenue-return', ...common('return', 0, false), schedule: [1, 1, 1, 0.5, 0.5], recipient: 'district' },
  { kind: 'capital-grant', ...common('school'), sector: 'education', base: 1000, years: [2028, 2032, 2036] },
  { kind: 'land-quota', ...common('land', 0, false), share: 0.5, boostedShare: 0.6, boostedThemes: ['tourism'], meetAt: 1, landClawbackFactor: 2, assessment: 'post' },
];

function policy(base: RewardPolicy, formula: boolean): RewardPolicy {
  return {
    ...base, pool: { kind: 'growth', base: 1_500_000, growth: 0.02 }, poolMode: 'queue', programs,
    curve: formula ? { kind: 'formula', formula: 'A < 0.6 ? 0 : min(A, 1.2) * (stage == construction ? 1.1 : 1)' } : base.curve,
  };
}

export default function bench(): void {
  const base = syntheticScenario({ towns: 2000, years: 30 });
  for (const formula of [false, true]) {
    const s: Scenario = { ...base, rewards: policy(base.rewards, formula) };
    const prep = prepareRewards(s);
    const run = runRewards(prep);
    const label = formula ? 'formula curve' : 'points curve';
    console.log(`rewards, 2000 towns × 30 years, ${programs.length} programs, queue pool, ${label}:`);
    console.log(`  prepare (once per scenario)        ${medianMs(() => prepareRewards(s), 5, 1).toFixed(1)} ms`);
    console.log(`  runRewards (engine, per MC path)   ${medianMs(() => runRewards(prep), 7, 2).toFixed(1)} ms   (target < 200 ms)`);
    console.log(`  rewardsResult (fen rounding, shape) ${medianMs(() => rewardsResult(prep, run), 5, 1).toFixed(1)} ms`);
    console.log(`  simulateRewards end to end         ${medianMs(() => simulateRewards(s), 3, 1).toFixed(1)} ms`);
  }
}
