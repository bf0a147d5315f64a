/**
 * Chart data of the detail pages (issue #8): a town (achievement, rewards by program,
 * exposure components, SPEC §3/§6), a PPP project (obligations by type, SPV cash flows,
 * DSCR, SPEC §4.2–4.3) and a fund (calls, distributions, NAV, SPEC §5).
 */
import type { FundResult, PppResult, TownResult } from '../../core/result.ts';
import type { Lang } from '../i18n.ts';
import type { ThresholdRow } from '../../core/rules/types.ts';
import { thresholdAt } from '../../core/rules/thresholds.ts';
import { LEVEL_COLOUR, lineLabel } from '../../charts/lines.ts';
import type { ScenarioMeta } from '../meta.ts';
import { nameOf } from '../meta.ts';
import type { ChartData, Dataset } from '../../charts/types.ts';
import { clean, colourAt, constant, inLang } from '../../charts/types.ts';

const L = (lang: Lang, zh: string, en: string): string => (lang === 'zh' ? zh : en);
const labels = (years: readonly number[]): string[] => years.map(String);

/** Rewards paid to the town by program (stacked bars) and its composite achievement A_t (line, right axis). */
export function townRewards(t: TownResult, years: readonly number[], meta: ScenarioMeta, lang: Lang): ChartData {
  const datasets: Dataset[] = Object.keys(t.rewards.byProgram).sort().map((id, i) => ({
    label: nameOf(meta.programs, id),
    data: clean(t.rewards.byProgram[id]?.paid ?? []),
    colour: colourAt(i),
    type: 'bar',
    stack: 'paid',
  }));
  if (t.rewards.clawback.some((v) => v !== 0)) {
    datasets.push({ label: L(lang, '追回', 'Clawback'), data: clean(t.rewards.clawback.map((v) => (v === 0 ? 0 : -Math.abs(v)))), colour: '#7f7f7f', type: 'bar', stack: 'paid' });
  }
  datasets.push({ label: L(lang, '综合达成率 A', 'Composite achievement A'), data: clean(t.achievement), colour: '#000000', type: 'line', axis: 'y2' });
  return { labels: labels(years), datasets, unit: 'wan', unit2: 'ratio', stacked: true };
}

/** Exposure components (SPEC §6) stacked, with PPP commitments shown apart as a dashed line (a commitment, not debt). */
export function townExposure(t: TownResult, years: readonly number[], lang: Lang): ChartData {
  const e = t.exposure;
  return {
    labels: labels(years),
    datasets: [
      { label: L(lang, '专项债', 'Special bonds'), data: clean(e.bonds), colour: '#0072B2', type: 'bar', stack: 'x' },
      { label: L(lang, '平台债务（非隐性）', 'Platform debt (not hidden)'), data: clean(e.platform), colour: '#56B4E9', type: 'bar', stack: 'x' },
      { label: L(lang, '隐性债务', 'Hidden debt'), data: clean(e.hidden), colour: '#D55E00', type: 'bar', stack: 'x' },
      { label: L(lang, '应付未付奖补', 'Accrued rewards'), data: clean(e.accruedRewards), colour: '#E69F00', type: 'bar', stack: 'x' },
      { label: L(lang, 'PPP未来支出责任（承诺，不计入债务）', 'PPP commitments (not debt)'), data: clean(e.pppCommitments), colour: '#CC79A7', type: 'line', dashed: true },
    ],
    unit: 'wan',
    stacked: true,
  };
}

/** Government obligations of a PPP project stacked by type (财金〔2015〕21号, SPEC §4.2). */
export function pppObligations(p: PppResult, years: readonly number[], lang: Lang): ChartData {
  const o = p.obligations;
  return {
    labels: labels(years),
    datasets: [
      { label: L(lang, '股权投资支出', 'Equity'), data: clean(o.equity), colour: '#0072B2', type: 'bar', stack: 'o' },
      { label: L(lang, '运营补贴支出', 'Operating subsidy'), data: clean(o.operatingSubsidy), colour: '#E69F00', type: 'bar', stack: 'o' },
      { label: L(lang, '风险承担支出', 'Risk bearing'), data: clean(o.riskBearing), colour: '#D55E00', type: 'bar', stack: 'o' },
      { label: L(lang, '配套投入支出', 'Supporting inputs'), data: clean(o.supportingInputs), colour: '#009E73', type: 'bar', stack: 'o' },
    ],
    unit: 'wan',
    stacked: true,
  };
}

/** SPV cash flows: revenue, opex and taxes (negative), debt service (negative), CFADS and dividends. */
export function pppSpv(p: PppResult, years: readonly number[], lang: Lang): ChartData {
  const s = p.spv;
  const neg = (xs: readonly number[]) => clean(xs.map((v) => (v === 0 ? 0 : -Math.abs(v))));
  return {
    labels: labels(years),
    datasets: [
      { label: L(lang, '收入（含政府付费）', 'Revenue (incl. government payments)'), data: clean(s.revenue), colour: '#009E73', type: 'bar' },
      { label: L(lang, '运营成本', 'Operating cost'), data: neg(s.opex), colour: '#E69F00', type: 'bar' },
      { label: L(lang, '税费', 'Taxes'), data: neg(s.taxes), colour: '#7f7f7f', type: 'bar' },
      { label: L(lang, '还本付息', 'Debt service'), data: neg(s.debtService), colour: '#D55E00', type: 'bar' },
      { label: L(lang, '可用于偿债的现金流 CFADS', 'CFADS'), data: clean(s.cfads), colour: '#000000', type: 'line' },
      { label: L(lang, '股东分红', 'Dividends'), data: clean(s.dividends), colour: '#0072B2', type: 'line' },
    ],
    unit: 'wan',
  };
}

/**
 * DSCR per year with the line of rule `ppp.dscr` in force for the project (keyed by its
 * procurement year, SPEC §1 "Dated rules"; read from the result's `thresholds`, SPEC §10).
 * Years without debt service are gaps.
 */
export function pppDscr(p: PppResult, years: readonly number[], thresholds: readonly ThresholdRow[], procurementYear: number, lang: Lang): ChartData {
  const row = thresholdAt(thresholds, 'ppp.dscr', 'ppp', procurementYear);
  const line: Dataset[] = row && row.value !== null
    ? [{ label: inLang(lang, lineLabel('ppp.dscr', [row.value])), data: constant(row.value, years.length), colour: LEVEL_COLOUR[row.level], type: 'line', dashed: true }]
    : [];
  return {
    labels: labels(years),
    datasets: [{ label: 'DSCR', data: clean(p.dscr), colour: '#0072B2', type: 'line' }, ...line],
    unit: 'ratio',
  };
}

/** Fund calls (negative bars), distributions (bars) and NAV (line), SPEC §5 Takahashi–Alexander. */
export function fundFlows(f: FundResult, years: readonly number[], lang: Lang): ChartData {
  return {
    labels: labels(years),
    datasets: [
      { label: L(lang, '出资（缴款）', 'Calls'), data: clean(f.calls.map((v) => (v === 0 ? 0 : -Math.abs(v)))), colour: '#D55E00', type: 'bar' },
      { label: L(lang, '分配', 'Distributions'), data: clean(f.distributions), colour: '#009E73', type: 'bar' },
      { label: L(lang, '基金净值 NAV', 'NAV'), data: clean(f.nav), colour: '#0072B2', type: 'line' },
    ],
    unit: 'wan',
  };
}
