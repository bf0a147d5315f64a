/**
 * The PPP module's entry (SPEC §4): every project run over its whole term, the results on the
 * scenario's years, affordability per level, the dated rules, and what the debt module needs
 * per town (SPEC §6: `pppCommitments`, hidden debt from guaranteed terms).
 */
import type { District, Scenario, Town } from '../model/scenario.ts';
import type { PppResult } from '../result.ts';
import type { Finding, LimitRow } from '../rules/types.ts';
import { affordability, type LevelAffordability } from './affordability.ts';
import { addProjectCommitments } from './commitments.ts';
import { baseObligations, baseYears, type BaseYears } from './baseYears.ts';
import { baseRunParts, projectBase, runsFromBase, type ProjectBase } from './projectBase.ts';
import { plannedProjectRules } from './rules/projectPlan.ts';
import { projectHiddenDebt } from './hiddenDebt.ts';
import { addOnYears, onYears } from './onYears.ts';
import { footRows, toObligations, toPppResult } from './output.ts';
import { runProjectFull, type ProjectRun } from './project.ts';
import { capexOverApprovedRule } from './rules/capexRule.ts';
import { projectRules } from './rules/projectRules.ts';
import { governmentPayShareRule, levelShareRules } from './rules/shareRules.ts';
import { collector } from '../rules/recorder.ts';

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

/** Per project, on the scenario's years: what `PppResult` does not carry (unrounded). */
export interface PppProjectExtras {
  readonly id: string;
  /** max(0, −dividends): cash the SPV shareholders must put in (SPEC §4.3 "reported"). */
  readonly equityInjection: readonly number[];
  /** Construction part K_n and O&M part M_n of the operating subsidy, before the performance link (SPEC §4.2). */
  readonly subsidyConstructionPart: readonly number[];
  readonly subsidyOperationPart: readonly number[];
  /** Hidden debt from the project's guaranteed terms, balance at year end (SPEC §6). */
  readonly hiddenDebt: readonly number[];
}

/** What `simulatePpp` returns: `PppResult` per project (SPEC §10) and what the city, district and debt figures need. */
export interface PppSimulation {
  readonly projects: readonly PppResult[];
  /** Same order as `projects`. */
  readonly extras: readonly PppProjectExtras[];
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

/** A plain-array copy of `a` (what `Array.from` gives, without the iterator protocol). */
function toNumbers(a: Float64Array): number[] {
  const out = new Array<number>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]!;
  return out;
}

const toLevel = (a: LevelAffordability): PppLevelResult => ({
  level: a.level,
  projectObligations: toNumbers(a.projectObligations),
  obligations: toNumbers(a.obligations),
  budgetExpenditure: toNumbers(a.budgetExpenditure),
  pppShare: a.share,
});

/** `f(run, j)` of each run grouped by the run's town, in scenario order: one pass, not one filter per town. */
function groupByTown<T>(runs: readonly ProjectRun[], f: (r: ProjectRun, j: number) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (let j = 0; j < runs.length; j++) {
    const r = runs[j]!;
    const rows = out.get(r.project.town);
    if (rows) rows.push(f(r, j));
    else out.set(r.project.town, [f(r, j)]);
  }
  return out;
}

/** The engine's numbers before the output boundary: unrounded, for Monte Carlo paths and rules. */
export interface PppCore {
  readonly runs: readonly ProjectRun[];
  readonly city: LevelAffordability;
  readonly districts: readonly LevelAffordability[];
  /** Per town in scenario order: PV of obligations after each year, and hidden debt (SPEC §6). */
  readonly byTown: readonly { readonly town: string; readonly pppCommitments: Float64Array; readonly hiddenDebt: Float64Array }[];
  readonly limits: readonly LimitRow[];
  readonly findings: readonly Finding[];
}

/**
 * Runs every PPP project and evaluates SPEC §4.2–4.6 (and the §4.3 checks) on unrounded values
 * (SPEC §1: limits are evaluated before rounding). No fen rounding, no result shaping.
 */
export function simulatePppCore(s: PppScenario, quiet = false): PppCore {
  return coreWithYears(s, quiet).core;
}

/** The runs of `s`: from each project's memoised base when it can (`projectBase.ts`), with the base's figures on the scenario's years. */
function projectRuns(s: PppScenario): { readonly runs: ProjectRun[]; readonly bases: (ProjectBase | null)[]; readonly years: (BaseYears | null)[] } {
  const { startYear, horizonYears: count } = s;
  const rate = s.city.discountRate;
  const runs: ProjectRun[] = [];
  const bases: (ProjectBase | null)[] = [];
  const years: (BaseYears | null)[] = [];
  for (const p of s.ppp) {
    if (!runsFromBase(p)) {
      runs.push(runProjectFull(p, { discountRate: rate, startYear }));
      bases.push(null);
      years.push(null);
      continue;
    }
    const b = projectBase(p, rate, startYear);
    const run: ProjectRun = { project: p, time: b.time, ...baseRunParts(b, p) };
    runs.push(run);
    bases.push(b);
    years.push(baseYears(b, run, count));
  }
  return { runs, bases, years };
}

/** `simulatePppCore` and, per run, its base's figures on the scenario's years (null: a run computed in full). */
function coreWithYears(s: PppScenario, quiet: boolean): { readonly core: PppCore; readonly years: readonly (BaseYears | null)[] } {
  const { startYear, horizonYears: count } = s;
  const rate = s.city.discountRate;
  const { runs, bases, years } = projectRuns(s);
  const aff = affordability(s, runs);
  const out = collector(quiet);
  const levels = [aff.city, ...aff.districts];
  levelShareRules(out, levels, startYear, s.rules);
  governmentPayShareRule(out, runs, levels, startYear, s.rules);
  if (quiet) plannedProjectRules(out, runs, bases, startYear, count, s.rules);
  else {
    projectRules(out, runs, s.rules);
    capexOverApprovedRule(out, runs, startYear, count, s.rules);
  }
  const own = groupByTown(runs, (_r, j) => j);
  const none = new Float64Array(count); // shared by the towns without projects: never written
  const byTown = s.towns.map((town) => {
    const js = own.get(town.id);
    if (!js) return { town: town.id, pppCommitments: none, hiddenDebt: none };
    const hiddenDebt = new Float64Array(count);
    const commitments = new Float64Array(count);
    for (const j of js) {
      const r = runs[j]!;
      const y = years[j];
      // a project without guaranteed terms adds zeros: skipped (the sum starts at +0, so never −0)
      const h = y ? y.hiddenDebt : projectHiddenDebt(r, startYear, count);
      if (h) addOnYears(hiddenDebt, h, startYear, startYear);
      if (y?.commitments) addOnYears(commitments, y.commitments, startYear, startYear);
      else addProjectCommitments(commitments, r.obligations.total, r.time.firstYear, rate, startYear);
    }
    return { town: town.id, pppCommitments: commitments, hiddenDebt };
  });
  return { core: { runs, city: aff.city, districts: aff.districts, byTown, limits: out.limits, findings: out.findings }, years };
}

/** The PPP result without the per-project results and extras: what a Monte Carlo path reads (SPEC §1 "One engine"). */
export type PppTotals = Omit<PppSimulation, 'extras' | 'projects'>;

/**
 * `simulatePppCore` plus the output boundary of the totals — obligations on the scenario's
 * years rounded to the fen, town and city totals that foot (sums of the rounded project
 * rows), with each project's rounded obligation rows (`obligations`, scenario order).
 * `quiet`: limit rows without findings (a Monte Carlo path).
 */
export function pppTotals(s: PppScenario, quiet = false): PppTotals & { readonly obligations: readonly PppResult['obligations'][] } {
  const { startYear, horizonYears: count } = s;
  const { core, years } = coreWithYears(s, quiet);
  // a path (quiet) shares the rounded rows that do not read demand; `simulate` gets fresh arrays
  const obligations = core.runs.map((r, j) => {
    const y = years[j];
    return quiet && y ? baseObligations(y, r, startYear) : toObligations(r, startYear, count);
  });
  const ownRows = groupByTown(core.runs, (_r, j) => obligations[j]!.total); // each town's projects' totals, scenario order
  const zeros = Object.freeze(new Array<number>(count).fill(0)); // a path's towns without projects share it
  const byTown = core.byTown.map((t): PppTownExtras => {
    const rows = ownRows.get(t.town);
    if (!rows && quiet) return { town: t.town, obligations: zeros, pppCommitments: zeros, hiddenDebt: zeros };
    return { town: t.town, obligations: footRows(rows ?? [], count), pppCommitments: toNumbers(t.pppCommitments), hiddenDebt: toNumbers(t.hiddenDebt) };
  });
  return {
    obligations,
    runs: core.runs,
    city: { ...toLevel(core.city), townObligations: footRows(obligations.map((o) => o.total), count) },
    districts: core.districts.map(toLevel),
    byTown,
    limits: core.limits,
    findings: core.findings,
  };
}

/**
 * The PPP module's result (SPEC §4, §10): `pppTotals` and each project's extras (equity
 * injection, subsidy parts, hidden debt on the scenario's years).
 */
export function simulatePpp(s: PppScenario): PppSimulation {
  const { startYear, horizonYears: count } = s;
  const { obligations, ...totals } = pppTotals(s);
  const projects = totals.runs.map((r, j) => toPppResult(r, startYear, count, obligations[j]));
  const extras = totals.runs.map((r): PppProjectExtras => {
    const on = (v: Float64Array): number[] => Array.from(onYears(v, r.time.firstYear, startYear, count));
    return {
      id: r.project.id,
      equityInjection: on(r.spv.equityInjection),
      subsidyConstructionPart: on(r.obligations.subsidyParts.construction),
      subsidyOperationPart: on(r.obligations.subsidyParts.operation),
      hiddenDebt: Array.from(projectHiddenDebt(r, startYear, count)),
    };
  });
  return { projects, ...totals, extras };
}
