/**
 * A run result as plain tables in long form (SPEC §10 "Result JSON"): one row per subject
 * and year, cells in the order of `FRAME_COLUMNS`. Pure (no danfojs), so the shape is
 * tested without DataFrames; `src/frames.ts` wraps the tables. Values are the result's
 * own numbers, unchanged; undefined ratios stay null.
 */
import { investmentCompleted } from '../core/rewards/investmentCompleted.ts';
import { expandSeries } from '../core/model/expand.ts';
import { sumFen } from '../core/ledger/index.ts';
import type { RunResult } from '../core/result.ts';
import type { Scenario } from '../core/model/scenario.ts';
import type { RuleUnit, ThresholdRow } from '../core/rules/types.ts';
import { columnNames, townProgramColumns, type FrameName } from './columns.ts';

/** A cell of a table: a number, a label, a flag, or null where the result has none. */
export type Cell = number | string | boolean | null;

/** One frame as a table: column names and rows of cells in that order. */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** The program ids of a result in first-seen order over its towns. */
export function programIds(result: RunResult): string[] {
  const ids = new Set<string>();
  for (const t of result.towns) for (const id of Object.keys(t.rewards.byProgram)) ids.add(id);
  return [...ids];
}

/** Per-year rows of `n` subjects × the result's years. */
function perYear<T>(result: RunResult, subjects: readonly T[], row: (s: T, y: number, year: number) => Cell[]): Cell[][] {
  const out: Cell[][] = [];
  for (const s of subjects) result.years.forEach((year, y) => out.push(row(s, y, year)));
  return out;
}

const at = <V>(xs: readonly V[], y: number): V | null => (y < xs.length ? (xs[y] as V) : null);

/** The rule's unit from the result's `thresholds` (SPEC §10) when it carries them, else null. */
function unitLookup(result: RunResult): (rule: string) => RuleUnit | null {
  const rows = (result as RunResult & { readonly thresholds?: readonly ThresholdRow[] }).thresholds;
  const units = new Map<string, RuleUnit>();
  for (const r of rows ?? []) if (!units.has(r.rule)) units.set(r.rule, r.unit);
  return (rule) => units.get(rule) ?? null;
}

/** Every frame of `result` as a table; the scenario (the one run) adds names, districts, themes, investment and jobs. */
export function resultTables(result: RunResult, scenario?: Scenario): Record<FrameName, Table> {
  const sid = result.scenario.id;
  const withS = scenario !== undefined;
  const townInfo = new Map((scenario?.towns ?? []).map((t, i) => [t.id, { t, i }] as const));
  const Y = result.years.length;
  const startYear = result.years[0] ?? 0;
  const townExtras = new Map<string, { inv: Float64Array; jobs: Float64Array }>();
  for (const [id, { t }] of townInfo) {
    const kpi = t.kpis['jobs'];
    const jobs = new Float64Array(Y);
    if (kpi) {
      const target = expandSeries(kpi.target, startYear, Y);
      const expected = expandSeries(kpi.expected, startYear, Y);
      for (let y = 0; y < Y; y++) jobs[y] = (target[y] ?? 0) * (expected[y] ?? 0);
    }
    townExtras.set(id, { inv: investmentCompleted(t, startYear, Y), jobs });
  }
  const programs = programIds(result);
  const unitOf = unitLookup(result);

  const city = result.city;
  const tables: Record<FrameName, Table> = {
    city: {
      columns: columnNames('city', withS),
      rows: result.years.map((year, y) => [
        sid, year, at(city.budgetExpenditure, y), at(city.pppObligations, y), at(city.pppShare, y),
        at(city.rewardsPaid, y), at(city.fiscalCost, y), at(city.investmentPerFiscal, y),
      ]),
    },
    districts: {
      columns: columnNames('districts', withS),
      rows: perYear(result, result.districts, (d, y, year) => [
        sid, d.id, year, at(d.legalDebt, y), at(d.hiddenDebt, y), at(d.capacity, y), at(d.legalRatio, y),
        at(d.broadRatio, y), at(d.tier, y), at(d.debtLimit, y), at(d.debtHeadroom, y), at(d.debtServiceRatio, y),
        at(d.interestBurden, y), at(d.pppShare, y),
      ]),
    },
    towns: {
      columns: [...columnNames('towns', withS), ...programs.flatMap((p) => townProgramColumns(p).map((s) => s.name))],
      rows: perYear(result, result.towns, (t, y, year) => {
        const info = townInfo.get(t.id)?.t;
        const extra = townExtras.get(t.id);
        const r = t.rewards, e = t.exposure;
        return [
          sid, t.id, year,
          ...(withS ? [info?.name ?? null, info?.district ?? null, info?.theme ?? null, info?.region ?? null, info?.flagship ?? null] : []),
          at(t.status, y), at(t.achievement, y), at(r.total, y), at(r.clawback, y),
          at(r.landQuotaMu.reward, y), at(r.landQuotaMu.deduction, y),
          at(e.total, y), at(e.ratio, y), at(e.bonds, y), at(e.platform, y), at(e.hidden, y), at(e.accruedRewards, y), at(e.pppCommitments, y),
          ...(withS ? [extra ? (extra.inv[y] ?? null) : null, extra ? (extra.jobs[y] ?? null) : null] : []),
          ...programs.flatMap((p) => {
            const f = r.byProgram[p];
            return [f ? at(f.claimed, y) : 0, f ? at(f.paid, y) : 0];
          }),
        ];
      }),
    },
    ppp: {
      columns: columnNames('ppp', withS),
      rows: perYear(result, result.ppp, (p, y, year) => {
        const town = scenario?.ppp.find((q) => q.id === p.id)?.town ?? null;
        const district = town === null ? null : (townInfo.get(town)?.t.district ?? null);
        const o = p.obligations, s = p.spv;
        return [
          sid, p.id, year, ...(withS ? [town, district] : []),
          at(o.equity, y), at(o.operatingSubsidy, y), at(o.riskBearing, y), at(o.supportingInputs, y), at(o.total, y),
          at(s.capex, y), at(s.revenue, y), at(s.opex, y), at(s.taxes, y), at(s.cfads, y), at(s.debtService, y), at(s.dividends, y),
          at(p.dscr, y), at(p.llcr, y),
        ];
      }),
    },
    pppProjects: {
      columns: columnNames('pppProjects', withS),
      rows: result.ppp.map((p) => [
        sid, p.id, sumFen(p.obligations.total), p.projectIrr, p.equityIrr, p.npv, p.minDscr, p.avgDscr,
        p.vfm.psc, p.vfm.pppValue, p.vfm.value, p.vfm.index,
      ]),
    },
    funds: {
      columns: columnNames('funds', withS),
      rows: perYear(result, result.funds, (f, y, year) => [
        sid, f.id, year, at(f.calls, y), at(f.distributions, y), at(f.nav, y), at(f.government.cashflows, y), at(f.social.cashflows, y),
      ]),
    },
    fundTerms: {
      columns: columnNames('fundTerms', withS),
      rows: result.funds.map((f) => [
        sid, f.id, f.size, f.governmentCommitment, f.leverage, f.investmentMultiple, f.returnInvestmentRatio,
        f.government.irr, f.government.tvpi, f.government.dpi, f.social.irr, f.social.tvpi, f.social.dpi,
      ]),
    },
    limits: {
      columns: columnNames('limits', withS),
      rows: result.limits.map((l) => [sid, l.rule, l.subject.kind, l.subject.id, l.year, l.value, l.limit, l.headroom, unitOf(l.rule), l.level]),
    },
    findings: {
      columns: columnNames('findings', withS),
      rows: result.findings.map((f) => [
        sid, f.rule, f.subject.kind, f.subject.id, f.year, f.level, f.value, f.limit, f.headroom, unitOf(f.rule), f.source, f.message,
      ]),
    },
    summary: {
      columns: columnNames('summary', withS),
      rows: [[
        sid, result.scenario.hash, result.engineVersion,
        ...columnNames('summary', false).slice(3).map((k) => summaryCell(result, k)),
      ]],
    },
  };
  return tables;
}

function summaryCell(result: RunResult, key: string): Cell {
  const v = (result.summary as unknown as Record<string, unknown>)[key];
  return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : null;
}

