/**
 * City by year (SPEC §1 "Fiscal cost", §10 `city`): rewards paid, PPP obligations and their
 * share of the general budget, fiscal cost, investment mobilised per fiscal 万元. Flows
 * carry a total row; the share and the ratio do not (they are not additive).
 */
import { buildTable, labelCol, valueCol } from '../table.ts';
import type { Table } from '../types.ts';
import { at, atN, type SectionContext } from './context.ts';

/** Years × city budget, rewards, PPP obligations and share, fiscal cost, investment per fiscal 万元. */
export function cityTable({ result: r, decimals }: SectionContext): Table {
  const c = r.city;
  return buildTable({
    id: 'city',
    title: { zh: '市级逐年财政成本', en: 'City fiscal cost by year' },
    subject: { kind: 'city', id: 'city' },
    columns: [
      labelCol('year', '年份', 'Year', 'year'),
      valueCol('budgetExpenditure', '一般公共预算支出', 'General budget expenditure', 'wan', { total: true }),
      valueCol('rewardsPaid', '奖补支付', 'Rewards paid', 'wan', { total: true }),
      valueCol('pppObligations', 'PPP支出责任', 'PPP obligations', 'wan', { total: true }),
      valueCol('pppShare', 'PPP支出占比', 'PPP share of budget', 'share'),
      valueCol('fiscalCost', '财政成本', 'Fiscal cost', 'wan', { total: true }),
      valueCol('investmentPerFiscal', '每财政万元撬动投资', 'Investment per fiscal 万元', 'ratio'),
    ],
    rows: r.years.map((y, i) => ({
      year: y,
      cells: [y, at(c.budgetExpenditure, i), at(c.rewardsPaid, i), at(c.pppObligations, i), atN(c.pppShare, i), at(c.fiscalCost, i), atN(c.investmentPerFiscal, i)],
    })),
    note: {
      zh: '财政成本 = 奖补支付 − 追回 + 小镇PPP支出责任 + 政府出资缴款 − 政府分配收回（SPEC §1）；PPP支出责任含市级存量非小镇项目。',
      en: 'Fiscal cost = rewards paid − clawbacks + town PPP obligations + government fund calls − distributions (SPEC §1); PPP obligations include existing non-town city projects.',
    },
  }, decimals);
}
