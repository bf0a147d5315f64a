/**
 * 奖补测算明细 Reward calculation detail (issue #18): for every town, money program and year
 * with a claim or a payment, the parts an auditor multiplies out — KPI actual/target, the
 * composite achievement A, the curve coefficient m = f(A), the base, the stage, region and
 * rectify factors, the claim they make (base × m × 阶段 × 区域 × 整改, SPEC §3 "milestone"),
 * what was claimed, the pool's proration of the year, what was paid and the clawback.
 * Curve inputs apply to `milestone` programs; the other kinds show their claims and
 * payments. Coefficients are shown to 6 decimals so the claim recomputes to the fen.
 */
import { compileCurve, curveMultiplier } from '../../../core/rewards/curve.ts';
import { STAGE_OF_CODE, townFrame } from '../../../core/rewards/frame.ts';
import type { Stage } from '../../../core/model/scenario.ts';
import { formulaNote } from '../formulas.ts';
import { buildTable, labelCol, valueCol } from '../table.ts';
import type { Row, Table } from '../types.ts';
import { at, factsOf, namer, type SectionContext } from './context.ts';
import { STATUS_LABEL } from './towns.ts';
import { STAGE_LABELS, TOWN_STATUS_LABELS } from '../../../core/labels/enumLabels.ts';

/** Chinese stage names (SPEC §3 stages). */
export const STAGE_ZH: Readonly<Record<Stage, string>> = { planning: '规划期', construction: '建设期', operation: '运营期' };

const six = (x: number) => Math.round(x * 1e6) / 1e6;

/** The columns whose product is a milestone claim. */
const factorCols = ['base', 'curve', 'stageFactor', 'regionFactor', 'rectifyFactor'];

/** The detail rows, town by town, program by program, year by year. */
export function rewardDetailTable(ctx: SectionContext): Table {
  const { result: r, scenario: s, decimals } = ctx;
  const f = factsOf(ctx);
  const district = namer(s.districts);
  const program = new Map(s.rewards.programs.map((p) => [p.id, p] as const));
  const policyCurve = compileCurve(s.rewards.curve);
  const pool = r.city.rewardPool;
  const proration = r.years.map((_, i) => { const c = at(pool.claims, i); return c === 0 ? null : six(at(pool.paid, i) / c); });
  const rows: Row[] = [];
  for (const t of r.towns) {
    const town = s.towns.find((x) => x.id === t.id);
    if (!town) continue;
    const frame = townFrame(s, town);
    for (const [pid, paid] of f.rewardPaid.get(t.id) ?? []) {
      const p = program.get(pid);
      const flows = t.rewards.byProgram[pid];
      if (!p || !flows) continue;
      const curve = p.kind === 'milestone' ? compileCurve(p.curve ?? s.rewards.curve) : policyCurve;
      r.years.forEach((y, i) => {
        const claimed = at(flows.claimed, i);
        const payment = at(paid, i);
        const claw = p.kind === 'assessment' ? at(t.rewards.clawback, i) : 0;
        if (claimed === 0 && payment === 0 && claw === 0) return;
        const stage = STAGE_OF_CODE[frame.stage[i] ?? 0] ?? null;
        const status = t.status[i];
        const A = t.achievement[i] ?? null;
        // the scenario gives each KPI's expected achievement a = actual ÷ target; the actual is a × target
        const kpis = frame.kpiIds.map((k, j) => {
          const target = at(frame.targets[j]!, i);
          const a = at(frame.expected[j]!, i);
          return `${k} ${six(a * target)}/${six(target)} (a=${six(a)})`;
        }).join('; ');
        const milestone = p.kind === 'milestone' && A !== null && stage !== null;
        const m = milestone ? six(curveMultiplier(curve, A, { year: y, stage, kpi: () => 0 })) : null;
        const rectify = status === 'rectify' ? s.rewards.rectifyPayFactor : 1;
        rows.push({
          subject: { kind: 'town', id: t.id }, year: y, metric: `rewards.${pid}.detail`,
          cells: [
            t.id, town.name, district(town.district), pid, p.name, y,
            stage === null ? TOWN_STATUS_LABELS.inactive : STAGE_LABELS[stage], status ? STATUS_LABEL[status] : null, kpis,
            A === null ? null : six(A), m,
            'base' in p ? p.base : null,
            stage === null ? null : p.stageFactor[stage], p.regionFactor[town.region], milestone ? rectify : null,
            null, claimed, p.fromPool ? (proration[i] ?? null) : 1, payment, claw === 0 ? null : -claw,
          ],
        });
      });
    }
  }
  return buildTable({
    id: 'reward-detail',
    title: { zh: '奖补测算明细', en: 'Reward calculation detail' },
    subject: { kind: 'town', id: '' },
    columns: [
      labelCol('townId', '小镇编号', 'Town id', 'text', true),
      labelCol('town', '小镇', 'Town', 'text', true),
      labelCol('district', '所属区', 'District', 'text', true),
      labelCol('programId', '项目编号', 'Program id', 'text', true),
      labelCol('program', '奖补项目', 'Program', 'text', true),
      labelCol('year', '年份', 'Year', 'year'),
      valueCol('stage', '阶段', 'Stage', 'text'),
      valueCol('status', '状态', 'Status', 'text'),
      valueCol('kpis', 'KPI 完成/目标', 'KPI actual/target', 'text', { userText: true }),
      valueCol('achievement', '综合完成度 A', 'Composite achievement A', 'raw'),
      valueCol('curve', '曲线系数 m=f(A)', 'Curve coefficient m = f(A)', 'raw'),
      valueCol('base', '基数（万元，输入值）', 'Base (10,000 yuan, as input)', 'raw'),
      valueCol('stageFactor', '阶段系数', 'Stage factor', 'raw'),
      valueCol('regionFactor', '区域系数', 'Region factor', 'raw'),
      valueCol('rectifyFactor', '整改系数', 'Rectify factor', 'raw'),
      valueCol('claim', '测算申领', 'Claim computed', 'wan', { formula: { kind: 'product', of: factorCols } }),
      valueCol('claimed', '申领', 'Claimed', 'wan', { total: true }),
      valueCol('proration', '资金池兑付比例', 'Pool proration', 'raw'),
      valueCol('paid', '支付', 'Paid', 'wan', { total: true }),
      valueCol('clawback', '追回', 'Clawback', 'wan', { total: rows.some((r) => typeof r.cells[19] === 'number') }),
    ],
    rows,
    note: formulaNote(ctx.result, ['rewardClaim'], undefined, { zh: '系数按 6 位小数列示。', en: 'Coefficients to 6 decimals.' }),
  }, decimals);
}
