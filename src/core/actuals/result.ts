/**
 * What the actuals add to a run's result (SPEC §12, §10): per town and district the kind of
 * each year (actual or forecast), the status decisions beside the §3 rule, and the
 * reconciliation of recorded payments with the engine's figures.
 */
import type { Actuals } from '../model/actuals.ts';
import type { Scenario } from '../model/scenario.ts';
import type { TownRewardsResult } from '../rewards/output.ts';
import { reconciliation } from './reconciliation.ts';
import type { ReconciliationRow } from './reconciliation.ts';
import { statusDecisionRows } from './statusDecisions.ts';
import type { StatusDecisionRow } from './statusDecisions.ts';
import { districtYearKinds, townYearKinds } from './yearKind.ts';
import type { YearKind } from './yearKind.ts';

/** `result.actuals` (present when the scenario has actuals). */
export interface ActualsResult {
  readonly towns: readonly { readonly id: string; readonly yearKind: readonly YearKind[] }[];
  readonly districts: readonly { readonly id: string; readonly yearKind: readonly YearKind[] }[];
  readonly statusDecisions: readonly StatusDecisionRow[];
  readonly reconciliation: readonly ReconciliationRow[];
}

/**
 * Assembles `result.actuals`: `towns` are the run's reward results (recorded payments in
 * place), `computed` the engine's own before the recorded amounts replaced them.
 */
export function actualsResult(s: Scenario, a: Actuals, towns: readonly TownRewardsResult[], computed: readonly TownRewardsResult[]): ActualsResult {
  const tk = townYearKinds(s, a);
  const dk = districtYearKinds(s, a);
  return {
    towns: s.towns.map((t, i) => ({ id: t.id, yearKind: tk[i]! })),
    districts: s.districts.map((d, i) => ({ id: d.id, yearKind: dk[i]! })),
    statusDecisions: s.towns.flatMap((t, i) => statusDecisionRows(s, a, t, towns[i]!.status, towns[i]!.achievement)),
    reconciliation: reconciliation(s, a, computed),
  };
}
