/**
 * Districts by type (SPEC §6 "Legal debt by type", "Financial capacity", "Hidden-debt swap",
 * "Special bonds"): 一般/专项 balances with their limits and headroom, the type ratios and
 * 综合财力 by parts (where given), swaps and the interest they save, the interest ratios by
 * budget and the budget support of the towns' special-bond cash gaps, by year. Read from the
 * result; null where the scenario does not give the input (shown "—").
 */
import { buildTable, labelCol, valueCol } from '../table.ts';
import type { Row, Table } from '../types.ts';
import { at, atN, namer, type SectionContext } from './context.ts';

/** One row per district and year. */
export function districtsByTypeTable({ result: r, scenario: s, decimals }: SectionContext): Table {
  const name = namer(s.districts);
  return buildTable({
    id: 'districts-by-type',
    title: { zh: '区一般债务与专项债务、分项财力与隐性债务置换', en: 'District general and special debt, capacity by parts and hidden-debt swaps' },
    subject: { kind: 'district', id: '' },
    columns: [
      labelCol('district', '区', 'District', 'text', true),
      labelCol('year', '年份', 'Year', 'year'),
      valueCol('generalDebt', '一般债务', 'General debt', 'wan'),
      valueCol('generalLimit', '一般债务限额', 'General limit', 'wan'),
      valueCol('generalHeadroom', '一般债务限额空间', 'General headroom', 'wan'),
      valueCol('specialDebt', '专项债务', 'Special debt', 'wan'),
      valueCol('specialLimit', '专项债务限额', 'Special limit', 'wan'),
      valueCol('specialHeadroom', '专项债务限额空间', 'Special headroom', 'wan'),
      valueCol('generalBudget', '一般公共预算财力', 'General-budget capacity', 'wan'),
      valueCol('fundBudget', '政府性基金财力', 'Fund-budget capacity', 'wan'),
      valueCol('land', '其中：土地出让净收益', 'of which net land revenue', 'wan'),
      valueCol('generalRatio', '一般债务率', 'General-debt ratio', 'ratio'),
      valueCol('specialRatio', '专项债务率', 'Special-debt ratio', 'ratio'),
      valueCol('swapped', '隐性债务置换', 'Hidden debt swapped', 'wan'),
      valueCol('interestSaved', '置换节约利息', 'Interest saved by swaps', 'wan'),
      valueCol('interestRatioGeneral', '一般债务付息/一般公共预算支出', 'General interest / general expenditure', 'share'),
      valueCol('interestRatioSpecial', '专项债务付息/政府性基金预算支出', 'Special interest / fund expenditure', 'share'),
      valueCol('bondSupport', '专项债预算补足（财政成本）', 'Budget support of bond cash gaps (fiscal cost)', 'wan'),
    ],
    rows: r.districts.flatMap((d) => r.years.map((y, i): Row => {
      const p = d.capacityParts;
      return {
        subject: { kind: 'district', id: d.id }, year: y,
        cells: [name(d.id), y, at(d.generalDebt, i), atN(d.generalLimit, i), atN(d.generalHeadroom, i),
          at(d.specialDebt, i), atN(d.specialLimit, i), atN(d.specialHeadroom, i),
          p ? at(p.generalBudget, i) : null, p ? at(p.fundBudget, i) : null, p ? at(p.land, i) : null,
          atN(d.generalRatio, i), atN(d.specialRatio, i), at(d.swapped, i), at(d.interestSaved, i),
          atN(d.interestRatioGeneral, i), atN(d.interestRatioSpecial, i), at(d.bondSupport, i)],
      };
    })),
    note: {
      zh: '未按类型给出债务的区：单一法定债务余额计为一般债务，小镇专项债计为专项债务，仅有总限额。置换：隐性债务转为再融资专项债券，专项债务及其限额同额增加。',
      en: 'Districts without debt by type: the single legal balance counts as general debt, the towns\' bonds as special debt, with the total limit only. Swaps turn hidden debt into refinancing special bonds: special debt and its limit rise by the same amount.',
    },
  }, decimals);
}
