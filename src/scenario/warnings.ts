/**
 * Warnings on a valid scenario (issue #11): what is allowed but probably not meant. They are
 * printed by `validate` and `run` without failing (exit 0), in the issues' format.
 */
import type { Scenario } from '../core/model/scenario.ts';
import { roundFen } from '../core/ledger/index.ts';
import type { ScenarioIssue } from './issues.ts';

/**
 * A fund whose declared investment by town (`allocationByTown`) does not add up to its 返投
 * amount `localShare · size` (SPEC §5): one of the two is probably out of date. Compared to
 * the fen; a fund that declares no allocation is not compared.
 */
export function fundAllocationWarnings(s: Scenario): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  s.funds.forEach((f, i) => {
    const towns = Object.keys(f.allocationByTown);
    if (towns.length === 0) return;
    const total = roundFen(towns.reduce((a, k) => a + (Object.hasOwn(f.allocationByTown, k) ? (f.allocationByTown[k] ?? 0) : 0), 0));
    const local = roundFen(f.localShare * f.size);
    if (total === local) return;
    out.push({
      path: `funds[${i}].allocationByTown`, value: total,
      zh: `按小镇分配合计 ${total} 万元，与返投比例 localShare × 规模 = ${local} 万元不一致：请核对 localShare 或 allocationByTown`,
      en: `allocationByTown adds up to ${total} 万元, but localShare × size = ${local} 万元 (返投); check localShare or allocationByTown`,
    });
  });
  return out;
}

/** Every warning of a valid scenario. */
export function scenarioWarnings(s: Scenario): ScenarioIssue[] {
  return fundAllocationWarnings(s);
}
