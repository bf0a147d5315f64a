/**
 * City by year (SPEC §1 "Fiscal cost", §10 `city`): the fiscal cost and its parts, the
 * city-level PPP obligations and their share of the general budget, investment mobilised
 * per fiscal 万元. Every money figure is a sum of the report's displayed finest rows
 * (`facts.ts`), so the city's rewards equal the towns' reward rows and its PPP obligations
 * equal the 财承 table's (issue #18). Flows carry a total row; the share and the ratio do not.
 */
import { cityBondSupport, cityClawback, cityRewardsPaid, fundNetOut, levelObligations, townObligations } from '../facts.ts';
import { formulaNote } from '../formulas.ts';
import { buildTable, labelCol, valueCol } from '../table.ts';
import type { Table } from '../types.ts';
import { atN, factsOf, type SectionContext } from './context.ts';

/** Years × budget, fiscal cost and its parts, city PPP obligations and share, investment per fiscal 万元. */
export function cityTable(ctx: SectionContext): Table {
  const { result: r, scenario: s, decimals } = ctx;
  const f = factsOf(ctx);
  const c = r.city;
  const rewards = cityRewardsPaid(f);
  const clawback = cityClawback(f);
  const townPpp = townObligations(f);
  const funds = fundNetOut(f);
  const cityPpp = levelObligations(f, s, 'city');
  const budget = f.budget.get('city') ?? [];
  const bonds = cityBondSupport(f);
  // the special-bond top-up column only when some town's bond needs the budget (SPEC §6)
  const withBonds = bonds.some((v) => v !== 0);
  const parts = ['rewardsPaid', 'clawback', 'townPppObligations', 'fundNet', ...(withBonds ? ['bondSupport'] : [])];
  return buildTable({
    id: 'city',
    title: { zh: '市级逐年财政成本', en: 'City fiscal cost by year' },
    subject: { kind: 'city', id: 'city' },
    columns: [
      labelCol('year', '年份', 'Year', 'year'),
      valueCol('budgetExpenditure', '一般公共预算支出', 'General budget expenditure', 'wan', { total: true }),
      valueCol('rewardsPaid', '奖补支付', 'Rewards paid', 'wan', { total: true }),
      valueCol('clawback', '追回（负数）', 'Clawbacks (negative)', 'wan', { total: true }),
      valueCol('townPppObligations', '小镇PPP支出责任', 'Town PPP obligations', 'wan', { total: true }),
      valueCol('fundNet', '基金缴款−分配', 'Fund calls − distributions', 'wan', { total: true }),
      ...(withBonds ? [valueCol('bondSupport', '专项债预算补足', 'Special-bond budget top-ups', 'wan', { total: true })] : []),
      valueCol('fiscalCost', '财政成本', 'Fiscal cost', 'wan', { total: true, sumOf: parts }),
      valueCol('pppObligations', '市级PPP支出责任（含存量）', 'City-level PPP obligations incl. existing', 'wan', { total: true }),
      valueCol('pppShare', '市级PPP支出占比', 'City PPP share of budget', 'share', { formula: { kind: 'ratio', num: ['pppObligations'], den: ['budgetExpenditure'] } }),
      valueCol('investmentPerFiscal', '每财政万元撬动投资', 'Investment per fiscal 10,000 yuan', 'ratio'),
    ],
    rows: r.years.map((y, i) => ({
      year: y,
      cells: [y, budget[i] ?? 0, rewards[i] ?? 0, -(clawback[i] ?? 0), townPpp[i] ?? 0, funds[i] ?? 0, ...(withBonds ? [bonds[i] ?? 0] : []), null, cityPpp[i] ?? 0, null, atN(c.investmentPerFiscal, i)],
    })),
    note: formulaNote(r, ['fiscalCost', 'pppShare', 'investmentPerFiscal'], undefined, {
      zh: '市级PPP支出责任 = 市级支付的小镇项目 + 市级存量非小镇项目，与市级财承表一致。',
      en: 'City-level PPP obligations = city-paid town projects + existing non-town city projects, as in the city 财承 table.',
    }),
  }, decimals);
}
