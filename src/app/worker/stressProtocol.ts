/**
 * The uncertainty requests of the computation worker (SPEC §8, issue #14): the inputs of a
 * Monte Carlo run (the scenario under a preset, its distributions, the deterministic run's
 * limit rows and thresholds), a sensitivity run (tornado data) and a goal seek. The paths
 * themselves run in the stress block workers (`src/app/stress/`), not here.
 */
import type { Scenario } from '../../core/model/scenario.ts';
import type { LimitRow, ThresholdRow } from '../../core/rules/types.ts';
import type { GoalSeekResult, SensitivityResult, StochasticInput, StochasticSpec } from '../../core/stress/index.ts';
import type { ScenarioIssue } from '../../scenario/issues.ts';
import type { UserEntry } from '../state/library.ts';
import type { Loose } from '../../scenario/schema/loose.ts';

/** What every uncertainty request names: a scenario of the library, a preset, edited calibrations. */
interface StressBase {
  readonly path: string;
  readonly user: readonly UserEntry[];
  /** A SPEC §8 preset applied before anything else, or null. */
  readonly preset: string | null;
  /** Calibrations edited in the dashboard, over the scenario's `stochastic` section. */
  readonly stochastic: StochasticInput | null;
}

export type StressRequest =
  | (StressBase & { readonly type: 'stressInputs' })
  | (StressBase & { readonly type: 'sensitivity'; readonly output: string })
  | (StressBase & {
      readonly type: 'goalSeek';
      readonly param: string;
      readonly rules: readonly string[];
      /** `kind:id`, or null for every subject. */
      readonly subject: string | null;
      readonly direction: 'max' | 'min';
      readonly lo: number | null;
      readonly hi: number | null;
      /**
       * The probabilistic form (SPEC §8): the largest (smallest) value whose probability of
       * crossing at least once, over `paths` paths from `seed` under the run's calibrations,
       * is at most `probability`; null for the deterministic form.
       */
      readonly probabilistic: { readonly probability: number; readonly paths: number; readonly seed: number } | null;
    });

type Failed = { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

export type StressInputsReply =
  | {
      readonly ok: true;
      /** The validated scenario with the preset applied: what each path shocks. */
      readonly scenario: Scenario;
      readonly spec: StochasticSpec;
      readonly hash: string;
      /** Every limit row of the scenario's deterministic run (the rows a stress result reports). */
      readonly baseLimits: readonly LimitRow[];
      /** The thresholds in force (the deterministic run's `thresholds`, SPEC §10). */
      readonly thresholds: readonly ThresholdRow[];
      /** Metrics a sensitivity can read (`metricNames`). */
      readonly metrics: readonly string[];
      /** Rules evaluated in this scenario, for the goal seek. */
      readonly rules: readonly string[];
      /** Parameter paths offered to the goal seek (the reward pool, each town's special bonds). */
      readonly params: readonly { readonly path: string; readonly value: number }[];
    }
  | Failed;

export type SensitivityReply = { readonly ok: true; readonly result: SensitivityResult } | Failed;

export type GoalSeekReply =
  | {
      readonly ok: true;
      readonly result: GoalSeekResult;
      readonly param: string;
      /** The parameter's value in the scenario. */
      readonly current: number;
      /** The override that sets the parameter to the answer in a variant (null when there is no answer). */
      readonly patch: Loose | null;
    }
  | Failed;
