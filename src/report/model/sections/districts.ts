/**
 * Districts (SPEC §6): debt, 综合财力, ratios, the legal tier (official) and the broad tier
 * (the commission's practice line) side by side, the risk warning, and headroom under the
 * debt limit, by year. All balances and ratios: no total row. Tier labels and edges come
 * from the rule table and the result's thresholds.
 */
import { ruleDef } from '../../../core/rules/inForce.ts';
import type { RunResult, Tier } from '../../../core/result.ts';
import { formulaNote } from '../formulas.ts';
import { buildTable, labelCol, valueCol } from '../table.ts';
import type { Label, Row, Table } from '../types.ts';
import { at, atN, namer, type SectionContext } from './context.ts';
import { LEVEL_LABELS, TIER_LABELS } from '../../../core/labels/enumLabels.ts';

const tierText = (tier: Tier | null): Label | null => (tier === null ? null : TIER_LABELS[tier]);

/** The note under the table: the three ratios' formulas with their tiers and lines in force (issue #18). */
function tierNote(r: RunResult): Label {
  return formulaNote(r, ['legalRatio', 'broadRatio', 'compositeRatio']);
}

/** One row per district and year: debt, 综合财力, ratios, both tiers, warning, limit and headroom, burdens, PPP share. */
export function districtsTable({ result: r, scenario: s, decimals }: SectionContext): Table {
  const name = namer(s.districts);
  const legalTier = ruleDef('district.tier').label;
  const broadTier = ruleDef('district.tier-broad').label;
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
      valueCol('legalRatio', '法定债务率（官方）', 'Legal ratio (official)', 'share', { formula: { kind: 'ratio', num: ['legalDebt'], den: ['capacity'] } }),
      valueCol('tier', legalTier.zh, legalTier.en, 'text'),
      valueCol('broadRatio', '宽口径债务率（实践口径）', 'Broad ratio (practice line)', 'share', { formula: { kind: 'ratio', num: ['legalDebt', 'hiddenDebt'], den: ['capacity'] } }),
      valueCol('tierBroad', broadTier.zh, broadTier.en, 'text'),
      valueCol('compositeRatio', '综合债务率', 'Composite ratio', 'share'),
      valueCol('onWarning', '风险预警', 'On risk warning', 'text'),
      valueCol('debtLimit', '债务限额', 'Debt limit', 'wan'),
      valueCol('debtHeadroom', '限额空间', 'Headroom under limit', 'wan'),
      valueCol('debtServiceRatio', '偿债率', 'Debt service ratio', 'share'),
      valueCol('debtServiceRatioNet', '偿债率（扣除再融资）', 'Debt service ratio net of refinancing', 'share'),
      valueCol('interestBurden', '付息/支出', 'Interest burden', 'share'),
      valueCol('pppShare', 'PPP支出占比', 'PPP share', 'share'),
    ],
    rows: r.districts.flatMap((d) => r.years.map((y, i): Row => ({
      subject: { kind: 'district', id: d.id }, year: y,
      cells: [name(d.id), y, at(d.legalDebt, i), at(d.hiddenDebt, i), at(d.capacity, i),
        atN(d.legalRatio, i), tierText(d.tier[i] ?? null), atN(d.broadRatio, i), tierText(d.tierBroad[i] ?? null),
        atN(d.compositeRatio, i), d.onWarning[i] ? LEVEL_LABELS.warning : '—',
        at(d.debtLimit, i), at(d.debtHeadroom, i), atN(d.debtServiceRatio, i), atN(d.debtServiceRatioNet, i),
        atN(d.interestBurden, i), atN(d.pppShare, i)],
    }))),
    note: tierNote(r),
  }, decimals);
}
