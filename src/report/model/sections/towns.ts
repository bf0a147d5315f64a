/**
 * Towns (SPEC §3 outputs, §6 exposure): an overview, rewards paid by program and year,
 * status by year, and exposure. Rewards are flows (total row and row totals); exposure
 * is a year-end balance, summed over towns within a year but never over years.
 */
import type { TownStatus } from '../../../core/result.ts';
import { THEME_LABELS, TOWN_STATUS_LABELS } from '../../../core/labels/enumLabels.ts';
import { buildTable, labelCol, valueCol, yearCols } from '../table.ts';
import type { Label, Row, Table } from '../types.ts';
import { townPaid } from '../facts.ts';
import { at, factsOf, namer, type SectionContext } from './context.ts';

/** Town status 状态 (SPEC §3 "Dynamic management"), from the shared label table. */
export const STATUS_LABEL: Readonly<Record<TownStatus, Label>> = TOWN_STATUS_LABELS;

const yearKeys = (years: readonly number[]) => years.map((y) => `y${y}`);

/** One row per town: register fields, final status, rewards paid in total, peak exposure ratio, land quota in mu, clawbacks still receivable at the end. */
export function townsOverviewTable(ctx: SectionContext): Table {
  const { result: r, scenario: s, decimals } = ctx;
  const f = factsOf(ctx);
  const town = new Map(s.towns.map((t) => [t.id, t] as const));
  const district = namer(s.districts);
  return buildTable({
    id: 'towns',
    title: { zh: '小镇概况', en: 'Towns' },
    subject: { kind: 'town', id: '' },
    columns: [
      labelCol('id', '编号', 'Id', 'text', true),
      labelCol('name', '名称', 'Name', 'text', true),
      labelCol('district', '所属区', 'District', 'text', true),
      labelCol('theme', '主题', 'Theme'),
      valueCol('finalStatus', '期末状态', 'Final status', 'text'),
      valueCol('rewardsPaid', '奖补支付合计', 'Rewards paid, total', 'wan', { total: true }),
      valueCol('peakExposureRatio', '敞口/收入峰值', 'Peak exposure / revenue', 'ratio'),
      valueCol('landQuotaRewardMu', '奖励用地指标', 'Land quota rewarded', 'mu', { total: true }),
      valueCol('landQuotaDeductionMu', '倒扣用地指标', 'Land quota deducted', 'mu', { total: true }),
      valueCol('receivableAtEnd', '期末未追回追缴款', 'Clawback receivable at the end', 'wan', { total: true }),
    ],
    rows: r.towns.map((t): Row => {
      const info = town.get(t.id);
      const ratios = t.exposure.ratio.filter((x): x is number => x !== null);
      const last = t.status[t.status.length - 1];
      return {
        subject: { kind: 'town', id: t.id },
        cells: [
          t.id, info?.name ?? t.id, info ? district(info.district) : '', info ? THEME_LABELS[info.theme] : '',
          last ? STATUS_LABEL[last] : null,
          townPaid(f, t.id).reduce((a, b) => a + b, 0),
          ratios.length === 0 ? null : Math.max(...ratios),
          t.rewards.landQuotaMu.reward.reduce((a, b) => a + b, 0),
          t.rewards.landQuotaMu.deduction.reduce((a, b) => a + b, 0),
          t.rewards.receivableAtEnd,
        ],
      };
    }),
  }, decimals);
}

/** Rewards paid by town, program and year (万元), with a row total and a total row. */
export function townRewardsTable(ctx: SectionContext): Table {
  const { result: r, scenario: s, decimals } = ctx;
  const f = factsOf(ctx);
  const town = namer(s.towns);
  const program = namer(s.rewards.programs);
  // land-quota rewards are mu, never money (SPEC §3): they are in the towns overview, and not in the facts
  const rows: Row[] = r.towns.flatMap((t) => {
    const claw = f.clawback.get(t.id) ?? [];
    return [
      ...[...(f.rewardPaid.get(t.id) ?? new Map<string, readonly number[]>())].map(([pid, paid]): Row => ({
        subject: { kind: 'town', id: t.id }, metric: `rewards.${pid}.paid`,
        cells: [t.id, town(t.id), pid, program(pid), ...r.years.map((_, i) => at(paid, i)), null],
      })),
      ...(claw.some((x) => x !== 0)
        ? [{ subject: { kind: 'town', id: t.id }, metric: 'rewards.clawback', cells: [t.id, town(t.id), 'clawback', '追回 clawback', ...r.years.map((_, i) => -at(claw, i)), null] }]
        : []),
    ];
  });
  return buildTable({
    id: 'town-rewards',
    title: { zh: '小镇奖补支付（按项目、年度）', en: 'Rewards paid by town, program and year' },
    subject: { kind: 'town', id: '' },
    columns: [
      labelCol('townId', '小镇编号', 'Town id', 'text', true),
      labelCol('town', '小镇', 'Town', 'text', true),
      labelCol('programId', '项目编号', 'Program id', 'text', true),
      labelCol('program', '奖补项目', 'Program', 'text', true),
      ...yearCols(r.years, 'wan', true),
      valueCol('total', '合计', 'Total', 'wan', { total: true, sumOf: yearKeys(r.years) }),
    ],
    rows,
    note: { zh: '追回以负数列示，冲减当年支付；合计为支付减追回的净额（见 docs/methodology.md「奖补」）。', en: 'Clawbacks are shown negative, netted against that year\'s payments; the total is net of them (docs/methodology.md, "Rewards").' },
  }, decimals);
}

/** Status 状态 of every town in every year (SPEC §3 "Dynamic management"). */
export function townStatusTable({ result: r, scenario: s, decimals }: SectionContext): Table {
  const town = namer(s.towns);
  return buildTable({
    id: 'town-status',
    title: { zh: '小镇动态管理状态', en: 'Town status by year' },
    subject: { kind: 'town', id: '' },
    columns: [labelCol('town', '小镇', 'Town', 'text', true), ...yearCols(r.years, 'text', false)],
    rows: r.towns.map((t) => ({ subject: { kind: 'town', id: t.id }, metric: 'status', cells: [town(t.id), ...r.years.map((_, i) => { const st = t.status[i]; return st ? STATUS_LABEL[st] : null; })] })),
  }, decimals);
}

/** Exposure components of every town at each year end (SPEC §6), with the total as a row sum. */
export function townExposureTable({ result: r, scenario: s, decimals }: SectionContext): Table {
  const town = namer(s.towns);
  const parts = ['bonds', 'platform', 'hidden', 'accruedRewards'] as const;
  return buildTable({
    id: 'town-exposure',
    title: { zh: '小镇债务敞口（年末余额）', en: 'Town debt exposure (year-end balances)' },
    subject: { kind: 'town', id: '' },
    columns: [
      labelCol('town', '小镇', 'Town', 'text', true),
      labelCol('year', '年份', 'Year', 'year'),
      valueCol('bonds', '专项债', 'Special bonds', 'wan'),
      valueCol('platform', '平台债务', 'Platform debt', 'wan'),
      valueCol('hidden', '隐性债务', 'Hidden debt', 'wan'),
      valueCol('accruedRewards', '应付未付奖补', 'Accrued rewards', 'wan'),
      valueCol('total', '敞口合计', 'Exposure total', 'wan', { sumOf: [...parts] }),
      valueCol('ratio', '敞口/收入', 'Exposure / revenue', 'ratio'),
      valueCol('pppCommitments', 'PPP承诺（另列）', 'PPP commitments (shown apart)', 'wan'),
    ],
    rows: r.towns.flatMap((t) => r.years.map((y, i): Row => ({
      subject: { kind: 'town', id: t.id }, year: y,
      cells: [town(t.id), y, ...parts.map((p) => at(t.exposure[p], i)), null, t.exposure.ratio[i] ?? null, at(t.exposure.pppCommitments, i)],
    }))),
    note: { zh: '敞口合计 = 专项债 + 平台债务 + 隐性债务 + 应付未付奖补；PPP承诺不计入（见 docs/methodology.md「债务敞口」）。', en: 'Exposure = bonds + platform + hidden + accrued rewards; PPP commitments are not debt (docs/methodology.md, "Exposure").' },
  }, decimals);
}
