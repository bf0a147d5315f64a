/**
 * `buildReport(runs, options)`: the report model of one or more runs (issue #7). Pure and
 * browser-safe; every format renders this model, so all of them show the same figures.
 */
import type { Scenario } from '../../core/model/scenario.ts';
import type { RunResult } from '../../core/result.ts';
import { assumptionsTable } from './sections/assumptions.ts';
import { caichengLevels, caichengTable } from './sections/caicheng.ts';
import { cityTable } from './sections/city.ts';
import type { ReportLimits, SectionContext } from './sections/context.ts';
import { districtsTable } from './sections/districts.ts';
import { districtsByTypeTable } from './sections/districtsByType.ts';
import { formulasTable } from './sections/formulasTable.ts';
import { keyAssumptionsTable } from './sections/keyAssumptions.ts';
import { findingsTable, limitsSummaryTable, limitsTable } from './sections/findings.ts';
import { fundFlowsTable, fundsTable } from './sections/funds.ts';
import { pppObligationsTable, pppProjectsTable } from './sections/ppp.ts';
import { rewardPoolTable } from './sections/rewardPool.ts';
import { rewardDetailTable } from './sections/rewardDetail.ts';
import { ruleLinesTable } from './sections/ruleLines.ts';
import { summaryTable } from './sections/summary.ts';
import { uncertaintyTables } from './sections/uncertainty.ts';
import type { StressResult } from '../../core/stress/reduce.ts';
import { townExposureTable, townRewardsTable, townStatusTable, townsOverviewTable } from './sections/towns.ts';
import { comparisonCharts, sectionCharts, shownCity } from './charts.ts';
import { comparisonTable } from './comparison.ts';
import { conclusions } from './conclusions.ts';
import { reportFacts } from './facts.ts';
import { comparisonByYearTable } from './comparisonByYear.ts';
import { comparisonHeadline } from './comparisonHeadline.ts';
import { comparisonRatioTables } from './comparisonSeries.ts';
import type { Lang, MoneyUnit, ReportModel, ScenarioSection } from './types.ts';
import { modelDecimals } from './round.ts';

/** One run to report: its result and the scenario it ran (names, inputs). */
export interface ReportRun {
  readonly result: RunResult;
  readonly scenario: Scenario;
  /** A stress run of the same scenario (SPEC §8): adds the uncertainty tables. */
  readonly stress?: StressResult;
}

/** Options of `buildReport`. */
export interface ReportOptions {
  /** ISO date `YYYY-MM-DD` printed as the generation date. */
  readonly generatedAt: string;
  /** Decimals of money in the shown unit (万元 0–6, default 2, SPEC §1; 亿元 4–10, default 4). */
  readonly decimals?: number;
  /** The edition's language (default zh). */
  readonly lang?: Lang;
  /** The unit money is shown in (default 万元; `yi` 亿元). */
  readonly unit?: MoneyUnit;
  /** Limit rows listed: `findings` (default) or `all` (issue #12; the counts per rule are always complete). */
  readonly limits?: ReportLimits;
  /** 编制单位 printed on the cover (default: the townfisc simulator). */
  readonly organisation?: string;
  /** Report number printed on the cover (default `TF-<date>-<hash prefix>`). */
  readonly reportNumber?: string;
}

/** A scenario is illustrative when its name or description says 示意 (the bundled scenarios do). */
function isIllustrative(run: ReportRun): boolean {
  return /示意|illustrative/i.test(`${run.scenario.name} ${run.scenario.description}`);
}

/** Decimals of 万元 amounts unless asked otherwise (SPEC §1). */
export const DEFAULT_DECIMALS = 2;

/** Decimals of 亿元 amounts unless asked otherwise: to the 万元, so no row rounds away (docs/decisions.md). */
export const DEFAULT_YI_DECIMALS = 4;

/** The tables of one run, in report order. */
export function buildSection(run: ReportRun, decimals: number, lang: Lang = 'zh', limits: ReportLimits = 'findings', moneyUnit: MoneyUnit = 'wan'): ScenarioSection {
  const ctx: SectionContext = { result: run.result, scenario: run.scenario, decimals, limits, moneyUnit, facts: reportFacts(run.result, run.scenario, decimals) };
  const city = cityTable(ctx);
  const pppObligations = pppObligationsTable(ctx);
  const towns = townsOverviewTable(ctx);
  const tables = [
      summaryTable(ctx, city, pppObligations, towns),
      city,
      rewardPoolTable(ctx),
      ...caichengLevels(ctx).map((level) => caichengTable(ctx, level)),
      towns,
      townRewardsTable(ctx),
      rewardDetailTable(ctx),
      townStatusTable(ctx),
      townExposureTable(ctx),
      pppProjectsTable(ctx),
      pppObligations,
      fundsTable(ctx),
      fundFlowsTable(ctx),
      districtsTable(ctx),
      districtsByTypeTable(ctx),
      findingsTable(ctx),
      limitsSummaryTable(ctx),
      limitsTable(ctx),
      keyAssumptionsTable(ctx),
      formulasTable(ctx),
      ruleLinesTable(ctx),
      assumptionsTable(run.scenario, decimals),
      ...(run.stress ? uncertaintyTables(run.stress, decimals, run.scenario) : []),
  ];
  return {
    scenario: run.result.scenario,
    engineVersion: run.result.engineVersion,
    years: run.result.years,
    tables,
    charts: sectionCharts(run, decimals, lang, moneyUnit, tables),
    conclusions: conclusions(ctx, tables),
  };
}

/** @throws RangeError when `decimals` is not a whole number in 0..6, or there is no run. */
export function buildReport(runs: readonly ReportRun[], options: ReportOptions): ReportModel {
  const moneyUnit = options.unit ?? 'wan';
  const decimals = modelDecimals(moneyUnit, options.decimals ?? (moneyUnit === 'yi' ? DEFAULT_YI_DECIMALS : DEFAULT_DECIMALS));
  if (runs.length === 0) throw new RangeError('report: at least one run is needed');
  const lang = options.lang ?? 'zh';
  const sections = runs.map((run) => buildSection(run, decimals, lang, options.limits ?? 'findings', moneyUnit));
  const comparison = runs.length > 1 ? comparisonTable(runs.map((r) => r.result), sections, decimals) : null;
  const headline = comparison ? comparisonHeadline(comparison, runs.map((r) => r.result.scenario), decimals, moneyUnit) : [];
  return {
    meta: {
      generatedAt: options.generatedAt, engineVersion: runs[0]?.result.engineVersion ?? '', decimals, lang, moneyUnit,
      organisation: options.organisation ?? 'townfisc 特色小镇财政模拟器',
      reportNumber: options.reportNumber ?? `TF-${options.generatedAt.replace(/-/g, '')}-${(runs[0]?.result.scenario.hash ?? '').slice(0, 8)}`,
      illustrative: runs.some(isIllustrative),
    },
    sections,
    // the headline leads the comparison table's note, so every format (XLSX and CSV too) carries it
    comparison: comparison && comparison.note ? { ...comparison, note: { zh: `${headline.map((h) => h.zh).join('')}${comparison.note.zh}`, en: `${headline.map((h) => h.en).join(' ')} ${comparison.note.en}` } } : comparison,
    comparisonHeadline: headline,
    comparisonByYear: runs.length > 1 ? comparisonByYearTable(sections, decimals) : null,
    comparisonTables: runs.length > 1 ? comparisonRatioTables(sections, decimals) : [],
    comparisonCharts: runs.length > 1 ? comparisonCharts(runs.map((r, i) => shownCity(r.result, sections[i]?.tables ?? [])), decimals, lang, moneyUnit) : [],
  };
}

