/**
 * Districts (SPEC §6): debt, 综合财力, ratios, tier and headroom under the debt limit, by
 * year. All balances and ratios: no total row.
 */
import type { RunResult } from '../../../core/result.ts';
import { ruleDef } from '../../../core/rules/inForce.ts';
import { tierEdgesSpansText } from '../../../charts/lines.ts';
import { buildTable, labelCol, valueCol } from '../table.ts';
import type { Label, Row, Table } from '../types.ts';
import { at, atN, namer, type SectionContext } from './context.ts';
import { TIER_ZH } from './summary.ts';

/**
 * The tier edges in force (the result's `thresholds`, SPEC §10), by span of years when a
 * dated version changes them: `风险等级按宽口径债务率：绿 [0, 1.2)、黄 [1.2, 2)…`.
 */
export function tierNote(thresholds: RunResult['thresholds'], years: readonly number[]): Label {
  const zh = tierEdgesSpansText(thresholds, years, 'zh');
  const en = tierEdgesSpansText(thresholds, years, 'en');
  if (zh === null || en === null) return { zh: '风险等级规则在模拟期内未生效。', en: 'The tier rule is not in force in the simulated years.' };
  const secondary = ruleDef('district.tier').secondary === true;
  return {
    zh: `风险等级按宽口径债务率：${zh}（${secondary ? '二手资料，' : ''}情景可覆盖）。`,
    en: `Tiers on the broad ratio: ${en} (${secondary ? 'secondary sources; ' : ''}overridable by the scenario).`,
  };
}

/** One row per district and year: debt, 综合财力, ratios, tier, limit and headroom, burdens, PPP share. */
export function districtsTable({ result: r, scenario: s, decimals }: SectionContext): Table {
  const name = namer(s.districts);
  return buildTable({
    id: 'districts',
    title: { zh: '区债务、债务率与风险等级', en: 'District debt, ratios and tiers' },
    subject: { kind: 'district', id: '' },
    columns: [
      labelCol('district', '区', 'District', 'text', true),
      labelCol('year', '年份', 'Year', 'year'),
      valueCol('legalDebt', '法定债务', 'Legal debt', 'wan'),
      valueCol('hiddenDebt', '隐性债务', 'Hidden debt', 'wan'),
      valueCol('capacity', '综合财力', 'Fiscal capacity', 'wan'),
      valueCol('legalRatio', '债务率（法定）', 'Legal ratio', 'ratio', { formula: { kind: 'ratio', num: ['legalDebt'], den: ['capacity'] } }),
      valueCol('broadRatio', '宽口径债务率', 'Broad ratio', 'ratio', { formula: { kind: 'ratio', num: ['legalDebt', 'hiddenDebt'], den: ['capacity'] } }),
      valueCol('tier', '风险等级', 'Tier', 'text'),
      valueCol('debtLimit', '债务限额', 'Debt limit', 'wan'),
      valueCol('debtHeadroom', '限额空间', 'Headroom under limit', 'wan'),
      valueCol('debtServiceRatio', '偿债率', 'Debt service ratio', 'share'),
      valueCol('interestBurden', '付息/支出', 'Interest burden', 'share'),
      valueCol('pppShare', 'PPP支出占比', 'PPP share', 'share'),
    ],
    rows: r.districts.flatMap((d) => r.years.map((y, i): Row => {
      const tier = d.tier[i] ?? null;
      return {
        subject: { kind: 'district', id: d.id }, year: y,
        cells: [name(d.id), y, at(d.legalDebt, i), at(d.hiddenDebt, i), at(d.capacity, i), atN(d.legalRatio, i), atN(d.broadRatio, i),
          tier === null ? null : `${TIER_ZH[tier]} ${tier}`, at(d.debtLimit, i), at(d.debtHeadroom, i), atN(d.debtServiceRatio, i),
          atN(d.interestBurden, i), atN(d.pppShare, i)],
      };
    })),
    note: tierNote(r.thresholds, r.years),
  }, decimals);
}
