/**
 * The PPP module's entry (SPEC §4): every project run over its whole term, the results on the
 * scenario's years, affordability per level, the dated rules, and what the debt module needs
 * per town (SPEC §6: `pppCommitments`, hidden debt from guaranteed terms).
 */
import type { District, Scenario, Town } from '../model/scenario.ts';
import type { PppResult } from '../result.ts';
import type { Finding, LimitRow } from '../rules/types.ts';
import { affordability, type LevelAffordability } from './affordability.ts';
import { pppCommitments } from './commitments.ts';
import { projectHiddenDebt } from './hiddenDebt.ts';
import { addOnYears } from './onYears.ts';
import { roundSeriesFen, toPppResult } from './output.ts';
import { runProject, type ProjectRun } from './project.ts';
import { projectRules } from './rules/projectRules.ts';
import { governmentPayShareRule, levelShareRules } from './rules/shareRules.ts';
import type { RuleOutput } from './rules/record.ts';

/** What the debt module and the city totals need per town (SPEC §6, §1 "Fiscal cost"). */
export interface PppTownExtras {
  readonly town: string;
  /** All obligations of the town's projects (every level and budget), fen-rounded per project and summed. */
  readonly obligations: readonly number[];
  /** PV at the end of each year of the town's obligations after it (SPEC §6). */
  readonly pppCommitments: readonly number[];
  /** Hidden debt from guaranteed floors, buy-backs and fixed returns, balance at year end (SPEC §6). */
  readonly hiddenDebt: readonly number[];
}

/** A level's PPP figures on the scenario's years (SPEC §4.5). */
export interface PppLevelResult {
  readonly level: string;
  /** General-budget obligations of the town projects this level pays (unrounded). */
  readonly projectObligations: readonly number[];
  /** Those plus the existing non-town obligations: the share's numerator. */
  readonly obligations: readonly number[];
  readonly budgetExpenditure: readonly number[];
  readonly pppShare: readonly (number | null)[];
}

export interface PppSimulation {
  readonly projects: readonly PppResult[];
  /** Full-term runs (project calendars), for reports and tests. */
  readonly runs: readonly ProjectRun[];
  readonly city: PppLevelResult & {
    /** All town PPP obligations, every level and budget, fen-rounded: the §1 fiscal-cost term. */
    readonly townObligations: readonly number[];
  };
  readonly districts: readonly PppLevelResult[];
  readonly byTown: readonly PppTownExtras[];
  readonly limits: readonly LimitRow[];
  readonly findings: readonly Finding[];
}

/** What the PPP module reads of a scenario (a full `Scenario` fits). */
export type PppScenario = Pick<Scenario, 'startYear' | 'horizonYears' | 'city' | 'ppp' | 'rules'> & {
  readonly districts: readonly Pick<District, 'id' | 'budgetExpenditure' | 'existingPppObligations'>[];
  readonly towns: readonly Pick<Town, 'id'>[];
};

const toLevel = (a: LevelAffordability): PppLevelResult => ({
  level: a.level,
  projectObligations: Array.from(a.projectObligations),
  obligations: Array.from(a.obligations),
  budgetExpenditure: Array.from(a.budgetExpenditure),
  pppShare: a.share,
});

/** Runs every PPP project of the scenario and evaluates SPEC §4.2–4.6 (and the §4.3 checks). */
export function simulatePpp(s: PppScenario): PppSimulation {
  const { startYear, horizonYears: count } = s;
  const rate = s.city.discountRate;
  const runs = s.ppp.map((p) => runProject(p, { discountRate: rate, startYear }));
  const projects = runs.map((r) => toPppResult(r, startYear, count));
  const aff = affordability(s, runs);
  const levels = [aff.city, ...aff.districts];
  const out: RuleOutput = { limits: [], findings: [] };
  levelShareRules(out, levels, startYear, s.rules);
  governmentPayShareRule(out, runs, levels, startYear, s.rules);
  projectRules(out, runs, s.rules);

  const townObligations = new Float64Array(count);
  for (const r of projects) r.obligations.total.forEach((v, k) => { townObligations[k] = (townObligations[k] ?? 0) + v; });
  const byTown = s.towns.map((town): PppTownExtras => {
    const obligations = new Float64Array(count);
    const hidden = new Float64Array(count);
    const own: ProjectRun[] = [];
    runs.forEach((r, j) => {
      if (r.project.town !== town.id) return;
      own.push(r);
      projects[j]?.obligations.total.forEach((v, k) => { obligations[k] = (obligations[k] ?? 0) + v; });
      addOnYears(hidden, projectHiddenDebt(r, startYear, count), startYear, startYear);
    });
    return {
      town: town.id,
      obligations: roundSeriesFen(obligations),
      pppCommitments: Array.from(pppCommitments(own, rate, startYear, count)),
      hiddenDebt: Array.from(hidden),
    };
  });
  return {
    projects,
    runs,
    city: { ...toLevel(aff.city), townObligations: roundSeriesFen(townObligations) },
    districts: aff.districts.map(toLevel),
    byTown,
    limits: out.limits,
    findings: out.findings,
  };
}
