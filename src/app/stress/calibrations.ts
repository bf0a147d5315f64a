/**
 * The Monte Carlo distributions as the dashboard edits them (SPEC §8 "Drivers and defaults":
 * calibrations, not facts): each field of `StochasticSpec` with its Chinese and English
 * label and its display unit, and the edits merged over the scenario's `stochastic` section
 * field by field (as `resolveStochastic` merges that section over the defaults).
 */
import type { StochasticInput, StochasticSpec } from '../../core/stress/index.ts';

type Group = keyof StochasticSpec;

export interface CalibrationField {
  readonly group: Group;
  readonly field: string;
  readonly zh: string;
  readonly en: string;
  /** `share`: a decimal shown and entered in percent; `plain`: a number (loadings, correlations, ρ). */
  readonly unit: 'share' | 'plain';
}

/** Every distribution parameter, in `StochasticSpec` order (the CLI's `stress --help` lists the same). */
export const CALIBRATION_FIELDS: readonly CalibrationField[] = [
  { group: 'achievement', field: 'defaultSd', zh: '指标完成率标准差（未声明分布的指标）', en: 'sd of a KPI without its own distribution', unit: 'share' },
  { group: 'achievement', field: 'cityLoading', zh: '全市共同因子载荷 λc', en: 'loading on the common city factor λc', unit: 'plain' },
  { group: 'achievement', field: 'districtLoading', zh: '区因子载荷 λd', en: 'loading on the district factor λd', unit: 'plain' },
  { group: 'revenue', field: 'citySd', zh: '市一般公共预算收入增速冲击标准差', en: 'sd of the city revenue growth shock', unit: 'share' },
  { group: 'revenue', field: 'districtSd', zh: '区自身增速冲击标准差（叠加全市）', en: "sd of a district's own growth shock", unit: 'share' },
  { group: 'revenue', field: 'persistence', zh: 'AR(1) 持续性 ρ', en: 'AR(1) persistence ρ', unit: 'plain' },
  { group: 'revenue', field: 'landDrift', zh: '土地出让收入年对数变化均值', en: 'mean yearly log-change of land revenue', unit: 'share' },
  { group: 'revenue', field: 'landSd', zh: '土地出让收入年对数变化标准差', en: 'sd of that log-change', unit: 'share' },
  { group: 'revenue', field: 'landTaxCorrelation', zh: '土地与税收冲击相关系数', en: 'correlation of land and tax shocks', unit: 'plain' },
  { group: 'rates', field: 'sd', zh: '浮动利率与新增借款利率平移标准差', en: 'sd of the rate shift (floating and new borrowing)', unit: 'share' },
  { group: 'ppp', field: 'sd', zh: 'PPP 需求对数标准差（对数正态）', en: 'sd of log PPP demand (lognormal)', unit: 'plain' },
  { group: 'ppp', field: 'mean', zh: '需求均值（相对预测）', en: 'mean demand against forecast', unit: 'plain' },
  { group: 'ppp', field: 'guaranteeFloor', zh: '保底承诺保障的收入比例', en: 'share of forecast revenue a guarantee secures', unit: 'share' },
  { group: 'funds', field: 'sd', zh: '子基金净值增长率冲击标准差', en: 'sd of fund NAV growth shock', unit: 'share' },
];

/** The value of a field in a resolved spec. */
export function calibrationValue(spec: StochasticSpec, f: CalibrationField): number {
  return (spec[f.group] as unknown as Readonly<Record<string, number>>)[f.field] ?? Number.NaN;
}

/** `edits` with one field set (or cleared with null: back to the scenario's value). */
export function setCalibration(edits: StochasticInput, f: CalibrationField, value: number | null): StochasticInput {
  const group: Record<string, number> = { ...(edits[f.group] as Readonly<Record<string, number>> | undefined) };
  if (value === null) delete group[f.field];
  else group[f.field] = value;
  return { ...edits, [f.group]: group };
}

/** `edits` merged over the scenario's section, field by field (an edit wins). */
export function mergeStochastic(base: StochasticInput | undefined, edits: StochasticInput | null): StochasticInput | undefined {
  if (!edits) return base;
  const groups: Group[] = ['achievement', 'revenue', 'rates', 'ppp', 'funds'];
  const out: Record<string, unknown> = { ...base };
  for (const g of groups) if (edits[g] || base?.[g]) out[g] = { ...base?.[g], ...edits[g] };
  return out as StochasticInput;
}
