/** Messages between the page and a stress block worker (structured clone; the block's typed arrays are transferred). */
import type { Scenario } from '../../core/model/scenario.ts';
import type { PathBlock, StochasticSpec } from '../../core/stress/index.ts';

/** One worker's share of a run: paths `[from, to)` of the scenario under `spec` with `seed`. */
export interface BlockJob {
  readonly scenario: Scenario;
  readonly spec: StochasticSpec;
  readonly seed: number;
  readonly from: number;
  readonly to: number;
}

export type BlockMessage =
  | { readonly kind: 'progress'; readonly done: number }
  | { readonly kind: 'block'; readonly block: PathBlock }
  | { readonly kind: 'error'; readonly message: string };
