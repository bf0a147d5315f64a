/**
 * Investment sub-funds (SPEC §5): terms and class returns, and each fund's calls,
 * distributions and NAV by year (flows totalled; NAV is a balance and is not).
 */
import { buildTable, labelCol, valueCol } from '../table.ts';
import type { Row, Table } from '../types.ts';
import { at, namer, type SectionContext } from './context.ts';

/** One row per fund: size and government commitment (footed), multiples, class IRR/TVPI/DPI. */
export function fundsTable({ result: r, scenario: s, decimals }: SectionContext): Table {
  const name = namer(s.funds);
  return buildTable({
    id: 'funds',
    title: { zh: '子基金', en: 'Sub-funds' },
    subject: { kind: 'fund', id: '' },
    columns: [
      labelCol('id', '编号', 'Id', 'text', true),
      labelCol('name', '名称', 'Name', 'text', true),
      valueCol('size', '规模', 'Size', 'wan', { total: true }),
      valueCol('governmentCommitment', '政府出资', 'Government commitment', 'wan', { total: true }),
      valueCol('leverage', '放大倍数', 'Leverage', 'ratio'),
      valueCol('investmentMultiple', '投资倍数', 'Investment multiple', 'ratio'),
      valueCol('returnInvestmentRatio', '返投倍数', 'Return-investment ratio', 'ratio'),
      valueCol('governmentIrr', '政府IRR', 'Government IRR', 'share'),
      valueCol('governmentTvpi', '政府TVPI', 'Government TVPI', 'ratio'),
      valueCol('governmentDpi', '政府DPI', 'Government DPI', 'ratio'),
      valueCol('socialIrr', '社会资本IRR', 'Social IRR', 'share'),
      valueCol('socialTvpi', '社会资本TVPI', 'Social TVPI', 'ratio'),
      valueCol('socialDpi', '社会资本DPI', 'Social DPI', 'ratio'),
    ],
    rows: r.funds.map((f): Row => ({
      subject: { kind: 'fund', id: f.id },
      cells: [f.id, name(f.id), f.size, f.governmentCommitment, f.leverage, f.investmentMultiple, f.returnInvestmentRatio,
        f.government.irr, f.government.tvpi, f.government.dpi, f.social.irr, f.social.tvpi, f.social.dpi],
    })),
  }, decimals);
}

/** One row per fund and year: calls, distributions (footed flows), NAV (a balance), class net cash flows. */
export function fundFlowsTable({ result: r, scenario: s, decimals }: SectionContext): Table {
  const name = namer(s.funds);
  return buildTable({
    id: 'fund-flows',
    title: { zh: '子基金现金流（缴款、分配、净值）', en: 'Fund calls, distributions and NAV' },
    subject: { kind: 'fund', id: '' },
    columns: [
      labelCol('fund', '基金', 'Fund', 'text', true),
      labelCol('year', '年份', 'Year', 'year'),
      valueCol('calls', '缴款', 'Calls', 'wan', { total: true }),
      valueCol('distributions', '分配', 'Distributions', 'wan', { total: true }),
      valueCol('nav', '年末净值', 'NAV (year end)', 'wan'),
      valueCol('governmentCashflow', '政府净现金流', 'Government net cash flow', 'wan', { total: true }),
      valueCol('socialCashflow', '社会资本净现金流', 'Social net cash flow', 'wan', { total: true }),
    ],
    rows: r.funds.flatMap((f) => r.years.map((y, i): Row => ({
      subject: { kind: 'fund', id: f.id }, year: y,
      cells: [name(f.id), y, at(f.calls, i), at(f.distributions, i), at(f.nav, i), at(f.government.cashflows, i), at(f.social.cashflows, i)],
    }))),
  }, decimals);
}
