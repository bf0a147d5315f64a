/**
 * One figure, one value (issue #18): the finest money rows of a run, each rounded once to
 * the report's 万元 decimals, from which every total and every coarser table is built.
 * A town's total is the sum of its displayed program rows, the city's rewards of a year
 * the sum of the displayed town rows of that year, a level's PPP obligations the sum of
 * its displayed project × type rows plus its displayed existing obligations, and the
 * fiscal cost the sum of its displayed parts — so the same quantity shows the same digits
 * in every table, page and format (SPEC §1 "a report always foots", 横加竖加一致).
 */
import { expandSeries } from '../../core/model/expand.ts';
import type { Scenario } from '../../core/model/scenario.ts';
import type { RunResult } from '../../core/result.ts';
import { roundDisplay, sumDisplayed } from './round.ts';

/** The four expenditure types of 财金〔2015〕21号 keyed as in `PppResult.obligations`. */
export type ObligationKey = 'equity' | 'operatingSubsidy' | 'riskBearing' | 'supportingInputs';
const OBLIGATION_KEYS: readonly ObligationKey[] = ['equity', 'operatingSubsidy', 'riskBearing', 'supportingInputs'];

/** Rounded finest rows of one run; every array is aligned with `result.years`. */
export interface ReportFacts {
  readonly years: readonly number[];
  /** Money programs' payments: town → program → year (land-quota programs are mu, left out). */
  readonly rewardPaid: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;
  /** Clawbacks assessed per town and year (positive amounts). */
  readonly clawback: ReadonlyMap<string, readonly number[]>;
  /** Government obligations: project → type → year. */
  readonly obligations: ReadonlyMap<string, Readonly<Record<ObligationKey, readonly number[]>>>;
  /** Existing non-town PPP obligations by paying level (`city` or a district id). */
  readonly existing: ReadonlyMap<string, readonly number[]>;
  /** General budget expenditure by level. */
  readonly budget: ReadonlyMap<string, readonly number[]>;
  /** Government fund calls less distributions (cash out of the budget), per fund and year. */
  readonly fundNet: ReadonlyMap<string, readonly number[]>;
  /** Budget top-ups of the towns' special bonds per town and year (SPEC §6: fiscal cost). */
  readonly bondSupport: ReadonlyMap<string, readonly number[]>;
}

/** Builds the rounded rows of `result` at `decimals` 万元 decimals. */
export function reportFacts(result: RunResult, scenario: Scenario, decimals: number): ReportFacts {
  const n = result.years.length;
  const rd = (x: number | undefined) => roundDisplay(x ?? 0, decimals) ?? 0;
  const series = (s: ArrayLike<number>) => Array.from({ length: n }, (_, i) => rd(s[i]));
  const inMu = new Set(scenario.rewards.programs.filter((p) => p.kind === 'land-quota').map((p) => p.id));
  const rewardPaid = new Map(result.towns.map((t) => [t.id, new Map(
    Object.entries(t.rewards.byProgram).filter(([pid]) => !inMu.has(pid)).map(([pid, f]) => [pid, series(f.paid)] as const),
  )] as const));
  const obligations = new Map(result.ppp.map((p) => [p.id, Object.fromEntries(OBLIGATION_KEYS.map((k) => [k, series(p.obligations[k])])) as Record<ObligationKey, number[]>] as const));
  const existing = new Map<string, number[]>([['city', series(expandSeries(scenario.city.existingPppObligations, scenario.startYear, n))]]);
  const budget = new Map<string, number[]>([['city', series(result.city.budgetExpenditure)]]);
  for (const d of scenario.districts) {
    existing.set(d.id, series(expandSeries(d.existingPppObligations, scenario.startYear, n)));
    budget.set(d.id, series(expandSeries(d.budgetExpenditure, scenario.startYear, n)));
  }
  return {
    years: result.years,
    rewardPaid,
    clawback: new Map(result.towns.map((t) => [t.id, series(t.rewards.clawback)] as const)),
    obligations,
    existing,
    budget,
    fundNet: new Map(result.funds.map((f) => [f.id, series(f.government.cashflows.map((c) => -c))] as const)),
    bondSupport: new Map(result.towns.map((t) => [t.id, series(t.bondSupport)] as const)),
  };
}

/** Year-by-year exact sums of displayed series. */
export function sumSeries(parts: readonly (readonly number[])[], n: number): number[] {
  return Array.from({ length: n }, (_, i) => sumDisplayed(parts.map((p) => p[i] ?? 0)));
}

/** A town's payments per year, all money programs. */
export function townPaid(f: ReportFacts, town: string): number[] {
  return sumSeries([...(f.rewardPaid.get(town)?.values() ?? [])], f.years.length);
}

/** The city's reward payments per year: the sum of every town's displayed program rows. */
export function cityRewardsPaid(f: ReportFacts): number[] {
  return sumSeries([...f.rewardPaid.values()].flatMap((m) => [...m.values()]), f.years.length);
}

/** A project's obligations per year (the four types). */
export function projectObligations(f: ReportFacts, project: string): number[] {
  const o = f.obligations.get(project);
  return sumSeries(o ? OBLIGATION_KEYS.map((k) => o[k]) : [], f.years.length);
}

/** Obligations of the projects `ids` by type, per year. */
export function obligationsByType(f: ReportFacts, ids: readonly string[], key: ObligationKey): number[] {
  return sumSeries(ids.map((id) => f.obligations.get(id)?.[key] ?? []), f.years.length);
}

/** A level's PPP obligations per year: its general-budget town projects plus its existing obligations. */
export function levelObligations(f: ReportFacts, scenario: Scenario, level: string): number[] {
  const ids = scenario.ppp.filter((p) => p.payer.budget === 'general' && p.payer.level === level).map((p) => p.id);
  return sumSeries([...ids.map((id) => projectObligations(f, id)), f.existing.get(level) ?? []], f.years.length);
}

/** Every town project's obligations per year (the fiscal cost's PPP part, SPEC §1). */
export function townObligations(f: ReportFacts): number[] {
  return sumSeries([...f.obligations.keys()].map((id) => projectObligations(f, id)), f.years.length);
}

/** Government fund calls less distributions per year, all funds. */
export function fundNetOut(f: ReportFacts): number[] {
  return sumSeries([...f.fundNet.values()], f.years.length);
}

/** Clawbacks per year, all towns (netted against the year's payments, SPEC §3). */
export function cityClawback(f: ReportFacts): number[] {
  return sumSeries([...f.clawback.values()], f.years.length);
}

/** Budget top-ups of special bonds per year, all towns (SPEC §6: fiscal cost). */
export function cityBondSupport(f: ReportFacts): number[] {
  return sumSeries([...f.bondSupport.values()], f.years.length);
}

/**
 * Fiscal cost per year (SPEC §1, §6): rewards − clawbacks + town PPP obligations + fund
 * calls − distributions + special-bond top-ups, from displayed parts.
 */
export function fiscalCost(f: ReportFacts): number[] {
  return sumSeries([cityRewardsPaid(f), cityClawback(f).map((x) => -x), townObligations(f), fundNetOut(f), cityBondSupport(f)], f.years.length);
}
