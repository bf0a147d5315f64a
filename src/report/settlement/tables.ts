/**
 * The settlement as display tables (SPEC §12; the report model of issue #7), so every
 * format renders the same figures and each table foots (SPEC §1 横加竖加一致): amounts are
 * rounded for display first; 应兑现 = 兑付 − 扣回抵扣 and 清算差额 = 应兑现 − 预拨 − 已清算 are
 * computed from the displayed cells; total rows sum the displayed rows; the district
 * summary sums the displayed payment rows of each district.
 */
import type { Settlement, TownSettlement } from '../../core/actuals/settlement/index.ts';
import { LedgerDecimal } from '../../core/ledger/decimal.ts';
import { buildTable, labelCol, valueCol } from '../model/table.ts';
import { roundDisplay, sumDisplayed, unitDecimals } from '../model/round.ts';
import type { Cell, Row, Table } from '../model/types.ts';
import { statusText } from './labels.ts';

/** `a − b − c…` of displayed numbers, exactly. */
function minus(a: number, ...bs: number[]): number {
  const r = bs.reduce((acc, b) => acc.minus(b), new LedgerDecimal(a)).toNumber();
  return r === 0 ? 0 : r;
}

const shown = (x: number | null, decimals: number): number => roundDisplay(x ?? 0, unitDecimals('wan', decimals)) ?? 0;

function factorText(f: { stage: number; region: number; status: number; grade: number }): string {
  return `阶段${f.stage} × 区域${f.region} × 状态${f.status} × 等次${f.grade}`;
}

const n6 = (x: number | null): number | null => (x === null ? null : roundDisplay(x, 6));

/** Payment rows (one per town and program), their displayed amounts in column order. */
function paymentRows(s: Settlement, decimals: number): { rows: Row[]; amounts: Map<string, number[][]> } {
  const amounts = new Map<string, number[][]>();
  const rows: Row[] = [];
  const districtName = new Map(s.districts.map((d) => [d.id, d.name] as const));
  for (const t of s.towns) {
    for (const p of t.programs) {
      const paid = shown(p.paid, decimals), netted = shown(p.chain.clawbackNetted, decimals);
      const payable = minus(paid, netted);
      const advance = shown(p.advance, decimals), settled = shown(p.settled, decimals);
      const diff = minus(payable, advance, settled);
      const claim = shown(p.claim, decimals);
      const list = amounts.get(t.district) ?? [];
      list.push([claim, paid, netted, payable, advance, settled, diff]);
      amounts.set(t.district, list);
      rows.push({
        subject: { kind: 'town', id: t.id },
        cells: [
          districtName.get(t.district) ?? t.district, t.name, p.name, statusText(t.status),
          n6(p.chain.achievement), n6(p.chain.curve?.m ?? null), factorText(p.chain.factors),
          claim, p.chain.poolShare === null ? null : roundDisplay(p.chain.poolShare, 6), paid, netted, payable, p.paymentYear, advance, settled, diff,
        ],
      });
    }
  }
  return { rows, amounts };
}

const AMOUNT_COLUMNS = [
  valueCol('claim', '应得奖补', 'Claim', 'wan', { total: true }),
  valueCol('paid', '资金池兑付', 'Paid from pool/line', 'wan', { total: true }),
  valueCol('clawback', '扣回抵扣', 'Clawback netted', 'wan', { total: true }),
  valueCol('payable', '应兑现', 'Payable', 'wan', { total: true }),
];

/** 清算明细: per town and program, the reason chain in brief and the money. */
export function paymentsTable(s: Settlement, decimals: number): Table {
  const { rows } = paymentRows(s, decimals);
  return buildTable({
    id: 'settle-payments',
    title: { zh: `${s.year}年度奖补清算明细`, en: `Settlement by town and program, ${s.year}` },
    subject: { kind: 'city', id: 'city' },
    columns: [
      labelCol('district', '区', 'District', 'text', true),
      labelCol('town', '小镇', 'Town', 'text', true),
      labelCol('program', '奖补项目', 'Program', 'text', true),
      labelCol('status', '状态', 'Status'),
      valueCol('A', '综合完成率 A', 'Achievement A', 'raw'),
      valueCol('m', '弹性系数 f(A)', 'Curve f(A)', 'raw'),
      labelCol('factors', '调整因子', 'Factors'),
      AMOUNT_COLUMNS[0]!,
      valueCol('poolShare', '资金池比例', 'Pool share', 'raw'),
      ...AMOUNT_COLUMNS.slice(1),
      valueCol('paymentYear', '兑现年度', 'Paid in', 'year'),
      valueCol('advance', '预拨已付', 'Advanced', 'wan', { total: true }),
      valueCol('settled', '已清算', 'Settled', 'wan', { total: true }),
      valueCol('difference', '清算差额（负数为扣回）', 'To settle (negative: recover)', 'wan', { total: true }),
    ],
    rows,
    note: { zh: '应兑现 = 资金池兑付 − 扣回抵扣；清算差额 = 应兑现 − 预拨已付 − 已清算，负数为扣回。', en: 'Payable = paid − clawback netted; to settle = payable − advanced − settled, negative = to recover.' },
  }, decimals);
}

/** 区汇总: the displayed payment rows summed per district. */
export function districtTable(s: Settlement, decimals: number): Table {
  const { amounts } = paymentRows(s, decimals);
  const rows: Row[] = s.districts.map((d) => {
    const list = amounts.get(d.id) ?? [];
    const col = (k: number) => sumDisplayed(list.map((r) => r[k] ?? 0));
    const tax: Cell[] = d.tax ? [d.tax.actual, d.tax.target] : [null, null];
    return { subject: { kind: 'district', id: d.id }, cells: [d.name, d.towns.length, col(0), col(1), col(2), col(3), col(4), col(5), col(6), ...tax] };
  });
  return buildTable({
    id: 'settle-districts',
    title: { zh: `${s.year}年度分区汇总`, en: `Settlement by district, ${s.year}` },
    subject: { kind: 'city', id: 'city' },
    columns: [
      labelCol('district', '区', 'District', 'text', true),
      valueCol('towns', '小镇数', 'Towns', 'count'),
      ...AMOUNT_COLUMNS,
      valueCol('advance', '预拨已付', 'Advanced', 'wan', { total: true }),
      valueCol('settled', '已清算', 'Settled', 'wan', { total: true }),
      valueCol('difference', '清算差额', 'To settle', 'wan', { total: true }),
      valueCol('taxActual', '税收实际（区合计）', 'Tax actual (district total)', 'wan', { total: true }),
      valueCol('taxTarget', '税收目标（区合计）', 'Tax target (district total)', 'wan', { total: true }),
    ],
    rows,
  }, decimals);
}

/** 资金池: the year's pool against what the settlement pays. */
export function poolTable(s: Settlement, decimals: number): Table {
  const t = s.totals;
  // the settlement's own sums are the displayed payment rows' sums, so this table agrees with 清算明细 to the cent
  const all = [...paymentRows(s, decimals).amounts.values()].flat();
  const col = (k: number) => sumDisplayed(all.map((r) => r[k] ?? 0));
  const rows: Row[] = [
    [{ zh: '奖补资金池', en: 'Reward pool' }, t.pool],
    [{ zh: '当年到期的资金池申领', en: 'Pool claims due in the year' }, t.poolClaims],
    [{ zh: '资金池实际兑付（含已记录付款）', en: 'Paid from the pool (recorded payments included)' }, t.poolPaid],
    [{ zh: '本年度应得奖补（全部项目）', en: 'Claims earned in the year (all programs)' }, col(0)],
    [{ zh: '应兑现合计', en: 'Payable' }, col(3)],
    [{ zh: '扣回抵扣合计', en: 'Clawback netted' }, col(2)],
    [{ zh: '预拨已付合计', en: 'Advanced' }, col(4)],
    [{ zh: '已清算合计', en: 'Settled' }, col(5)],
    [{ zh: '清算差额合计', en: 'To settle' }, col(6)],
  ].map(([l, v]) => ({ cells: [`${(l as { zh: string }).zh} ${(l as { en: string }).en}`, v as number | null] }));
  return buildTable({
    id: 'settle-pool', title: { zh: '资金池与合计', en: 'Pool and totals' }, subject: { kind: 'city', id: 'city' },
    columns: [labelCol('item', '项目', 'Item'), valueCol('amount', '金额', 'Amount', 'wan')],
    rows,
  }, decimals);
}

/** 理由链: each KPI actual → target → a_k with weight and provenance, per town. */
export function chainTable(s: Settlement, decimals: number): Table {
  const rows: Row[] = s.towns.flatMap((t: TownSettlement) => {
    const p = t.programs.find((x) => x.chain.kpis.length > 0);
    if (!p) return [];
    return p.chain.kpis.map((k) => ({
      subject: { kind: 'town', id: t.id },
      cells: [t.name, k.kpi, k.actual, k.target, roundDisplay(k.achievement, 6), roundDisplay(k.weight, 6), k.source ?? '—', k.verified ? '是 yes' : '否 no', k.kind === 'actual' ? '实际 actual' : '预测 forecast', n6(p.chain.achievement)],
    }));
  });
  return buildTable({
    id: 'settle-chain',
    title: { zh: '考核指标与完成率', en: 'KPI actuals and achievement' },
    subject: { kind: 'city', id: 'city' },
    columns: [
      labelCol('town', '小镇', 'Town', 'text', true), labelCol('kpi', '指标', 'KPI'),
      valueCol('actual', '实际', 'Actual', 'raw'), valueCol('target', '目标', 'Target', 'raw'),
      valueCol('a', '完成率 a', 'Achievement a', 'raw'), valueCol('weight', '权重', 'Weight', 'raw'),
      labelCol('source', '来源', 'Source'), labelCol('verified', '已核查', 'Verified'), labelCol('kind', '实际/预测', 'Actual/forecast'),
      valueCol('A', '综合完成率 A', 'Composite A', 'raw'),
    ],
    rows,
    ...(s.public ? { note: { zh: '公开版：小镇税收实际与目标不公开，仅列区合计。', en: 'Public version: town-level tax actuals and targets are withheld; district totals only.' } } : {}),
  }, decimals);
}

/** 动态管理: status of the year and the decision for the next, beside the §3 rule. */
export function statusTable(s: Settlement, decimals: number): Table {
  const rows: Row[] = s.towns.map((t) => {
    const e = t.decision.evaluation;
    return {
      subject: { kind: 'town', id: t.id },
      cells: [
        t.name, statusText(t.status), statusText(t.statusRule), e?.grade ?? '—',
        statusText(t.decision.status), statusText(t.decision.rule), t.decision.differs ? '是 yes' : '否 no',
        t.decision.decidedBy === 'commission' ? '发改委决定 commission' : '规则 rule',
        e?.document ?? '—', e?.publicity ? `${e.publicity.from}～${e.publicity.to}` : '—',
        t.decision.basisYears.length > 0 ? t.decision.basisYears.join('、') : t.statusBasis.join('、') || '—',
      ],
    };
  });
  return buildTable({
    id: 'settle-status',
    title: { zh: `动态管理决定（${s.year}年度考核）`, en: `Status decisions (evaluation of ${s.year})` },
    subject: { kind: 'city', id: 'city' },
    columns: [
      labelCol('town', '小镇', 'Town', 'text', true), labelCol('status', `${s.year}状态`, `Status ${s.year}`), labelCol('statusRule', '规则状态', 'By rule'),
      labelCol('grade', '考核等次', 'Grade'), labelCol('next', `${s.year + 1}决定`, `Decided for ${s.year + 1}`), labelCol('nextRule', '规则结果', 'Rule would give'),
      labelCol('differs', '与规则不同', 'Differs'), labelCol('by', '决定方', 'Decided by'), labelCol('document', '文号', 'Document', 'text', true),
      labelCol('publicity', '公示期', 'Publicity'), labelCol('basis', '依据年度（不合格）', 'Failing years behind it'),
    ],
    rows,
  }, decimals);
}

/** 对账: recorded payments beside the engine's figures. */
export function reconciliationTable(s: Settlement, decimals: number): Table {
  const names = new Map(s.towns.map((t) => [t.id, t.name] as const));
  const rows: Row[] = s.reconciliation.map((r) => {
    const adv = shown(r.advances, decimals), set = shown(r.settlements, decimals);
    const recorded = sumDisplayed([adv, set]);
    const computed = r.computed === null ? null : shown(r.computed, decimals);
    return {
      subject: { kind: 'town', id: r.town },
      cells: [names.get(r.town) ?? r.town, r.program, r.paymentYear, adv, set, recorded, computed, computed === null ? null : minus(recorded, computed), r.settled ? '已清算 settled' : '仅预拨 advance only'],
    };
  });
  return buildTable({
    id: 'settle-reconciliation',
    title: { zh: '已付款与模型测算对账', en: 'Recorded payments against the engine' },
    subject: { kind: 'city', id: 'city' },
    columns: [
      labelCol('town', '小镇', 'Town', 'text', true), labelCol('program', '项目', 'Program', 'text', true), valueCol('paymentYear', '兑现年度', 'Paid in', 'year'),
      valueCol('advances', '预拨', 'Advanced', 'wan', { total: true }), valueCol('settlements', '清算', 'Settled', 'wan', { total: true }),
      valueCol('recorded', '已付合计', 'Recorded', 'wan', { total: true }), valueCol('computed', '模型测算', 'Engine', 'wan', { total: true }),
      valueCol('difference', '差异（已付 − 测算）', 'Difference', 'wan', { total: true }), labelCol('state', '状态', 'State'),
    ],
    rows,
    note: { zh: '已付金额按记录保留，不被模型结果覆盖。', en: 'Recorded amounts are kept as paid; the engine figure is shown beside them, never in their place.' },
  }, decimals);
}

/** Every table of the settlement sheet, in reading order. */
export function settlementTables(s: Settlement, decimals: number): Table[] {
  return [paymentsTable(s, decimals), districtTable(s, decimals), poolTable(s, decimals), chainTable(s, decimals), statusTable(s, decimals), reconciliationTable(s, decimals)];
}
