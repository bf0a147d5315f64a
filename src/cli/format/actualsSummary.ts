/**
 * The actuals part of `townfisc run`'s summary (SPEC §12): which years are actual, where
 * the commission's decisions differ from the §3 rule, and recorded payments that differ
 * from the engine (the reconciliation). Empty when the scenario has no actuals.
 */
import type { Scenario } from '../../core/model/scenario.ts';
import type { RunResult, TownStatus } from '../../core/result.ts';
import { fmtWan, renderTable } from './table.ts';

const STATUS_ZH: Readonly<Record<TownStatus, string>> = { inactive: '未创建', active: '正常', rectify: '整改', removed: '淘汰' };

/** Lines to add to the run summary (none without actuals). */
export function actualsSummaryLines(r: RunResult, s: Scenario): string[] {
  const a = r.actuals;
  if (!a) return [];
  const names = new Map(s.towns.map((t) => [t.id, t.name]));
  const years = r.years.filter((_, i) => a.towns.some((t) => t.yearKind[i] === 'actual') || a.districts.some((d) => d.yearKind[i] === 'actual'));
  const differs = a.statusDecisions.filter((d) => d.differs);
  const recon = a.reconciliation.filter((x) => x.difference !== 0);
  return [
    '',
    '== 实际数 Actuals ==',
    `实际年度 actual years: ${years.length === 0 ? '—' : years.join(', ')}; 其后为预测 later years are forecast`,
    differs.length === 0
      ? '动态管理决定均与规则一致 / every status decision agrees with the §3 rule'
      : renderTable(['小镇 town', '年份 year', '采用 used', '规则 rule', '决定方 by', '文号 document'],
        differs.map((d) => [names.get(d.town) ?? d.town, String(d.year), `${STATUS_ZH[d.status]} ${d.status}`, `${STATUS_ZH[d.rule]} ${d.rule}`, d.decidedBy, d.document ?? '—'])),
    recon.length === 0
      ? '已付款与模型测算一致 / recorded payments agree with the engine'
      : renderTable(['小镇 town', '项目 program', '年度 year', '已付 recorded', '测算 engine', '差异 difference', '状态 state'],
        recon.map((x) => [names.get(x.town) ?? x.town, x.program, String(x.year), fmtWan(x.recorded), x.computed === null ? '—' : fmtWan(x.computed), x.difference === null ? '—' : fmtWan(x.difference), x.settled ? '已清算 settled' : '仅预拨 advance only'])),
  ];
}
