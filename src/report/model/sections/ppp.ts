/**
 * PPP projects (SPEC §4): a register with returns and value for money, and the
 * government's obligations by project, expenditure type (财金〔2015〕21号) and year.
 */
import { formulaNote } from '../formulas.ts';
import { BUDGET_LABELS, MECHANISM_LABELS } from '../../../core/labels/enumLabels.ts';
import { buildTable, labelCol, valueCol, yearCols } from '../table.ts';
import type { Row, Table } from '../types.ts';
import { projectObligations } from '../facts.ts';
import { at, factsOf, namer, type SectionContext } from './context.ts';

/** The four expenditure responsibilities of 财金〔2015〕21号, in the guideline's order. */
export const OBLIGATION_TYPES = [
  { key: 'equity', zh: '股权投资支出', en: 'Equity' },
  { key: 'operatingSubsidy', zh: '运营补贴支出', en: 'Operating subsidy' },
  { key: 'riskBearing', zh: '风险承担支出', en: 'Risk bearing' },
  { key: 'supportingInputs', zh: '配套投入支出', en: 'Supporting inputs' },
] as const;

/** One row per PPP project: register fields, obligations in total (footed), returns, DSCR, value for money. */
export function pppProjectsTable(ctx: SectionContext): Table {
  const { result: r, scenario: s, decimals } = ctx;
  const f = factsOf(ctx);
  const project = new Map(s.ppp.map((p) => [p.id, p] as const));
  const town = namer(s.towns);
  const district = namer(s.districts);
  const level = (id: string) => (id === 'city' ? { zh: '市级', en: 'City' } : { zh: district(id), en: district(id) });
  return buildTable({
    id: 'ppp-projects',
    title: { zh: 'PPP项目', en: 'PPP projects' },
    subject: { kind: 'ppp', id: '' },
    columns: [
      labelCol('id', '编号', 'Id', 'text', true),
      labelCol('name', '名称', 'Name', 'text', true),
      labelCol('town', '小镇', 'Town', 'text', true),
      labelCol('mechanism', '回报机制', 'Mechanism'),
      labelCol('payer', '支付层级', 'Paying level', 'text', true),
      valueCol('obligations', '支出责任合计', 'Obligations, total', 'wan', { total: true }),
      valueCol('projectIrr', '项目IRR', 'Project IRR', 'share'),
      valueCol('equityIrr', '资本金IRR', 'Equity IRR', 'share'),
      valueCol('minDscr', '最低DSCR', 'Min DSCR', 'ratio'),
      valueCol('vfm', '物有所值量值', 'VfM value', 'wan'),
      valueCol('vfmIndex', '物有所值指数', 'VfM index', 'share'),
    ],
    rows: r.ppp.map((p): Row => {
      const info = project.get(p.id);
      return {
        subject: { kind: 'ppp', id: p.id },
        cells: [
          p.id, info?.name ?? p.id, info ? town(info.town) : '', info ? MECHANISM_LABELS[info.mechanism] : '',
          info ? { zh: `${level(info.payer.level).zh} · ${BUDGET_LABELS[info.payer.budget].zh}`, en: `${level(info.payer.level).en} · ${BUDGET_LABELS[info.payer.budget].en}` } : '',
          projectObligations(f, p.id).reduce((a, b) => a + b, 0), p.projectIrr, p.equityIrr, p.minDscr, p.vfm.value, p.vfm.index,
        ],
      };
    }),
    note: formulaNote(r, ['vfm']),
  }, decimals);
}

/** Obligations by project × type (rows) and year (columns), with row totals and a total row. */
export function pppObligationsTable(ctx: SectionContext): Table {
  const { result: r, scenario: s, decimals } = ctx;
  const f = factsOf(ctx);
  const name = namer(s.ppp);
  return buildTable({
    id: 'ppp-obligations',
    title: { zh: 'PPP项目财政支出责任（按类型、年度）', en: 'PPP obligations by project, type and year' },
    subject: { kind: 'ppp', id: '' },
    columns: [
      labelCol('projectId', '项目编号', 'Project id', 'text', true),
      labelCol('project', '项目', 'Project', 'text', true),
      labelCol('type', '支出类型', 'Type'),
      ...yearCols(r.years, 'wan', true),
      valueCol('total', '合计', 'Total', 'wan', { total: true, sumOf: r.years.map((y) => `y${y}`) }),
    ],
    rows: r.ppp.flatMap((p) => OBLIGATION_TYPES.map((t): Row => ({
      subject: { kind: 'ppp', id: p.id }, metric: t.key,
      cells: [p.id, name(p.id), { zh: t.zh, en: t.en }, ...r.years.map((_, i) => at(f.obligations.get(p.id)?.[t.key] ?? [], i)), null],
    }))),
  }, decimals);
}
