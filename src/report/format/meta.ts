/**
 * The identification every report carries (SPEC §2 "It appears in every result and
 * report with the engine version"): scenario name, id and hash, engine version, date.
 */
import { moneyShift } from '../model/round.ts';
import type { ReportMeta, ScenarioSection } from '../model/types.ts';
import { moneyLabel } from './units.ts';

/** `万元，2 位小数` / `10,000 yuan (万元), 2 decimals`, in the edition's language. */
export function moneyText(meta: Pick<ReportMeta, 'decimals' | 'lang' | 'moneyUnit'>): string {
  const d = meta.decimals + moneyShift(meta.moneyUnit);
  const l = moneyLabel(meta.moneyUnit);
  return meta.lang === 'zh' ? `${l.zh}，${d} 位小数` : `${l.en}, ${d} decimals`;
}

export interface MetaLine {
  readonly zh: string;
  readonly en: string;
  readonly value: string;
}

/** Rows of the identification block of one scenario. */
export function metaLines(meta: ReportMeta, section: ScenarioSection): MetaLine[] {
  const y0 = section.years[0];
  const y1 = section.years[section.years.length - 1];
  return [
    { zh: '情景', en: 'Scenario', value: `${section.scenario.name} (${section.scenario.id})` },
    { zh: '情景哈希', en: 'Scenario hash', value: section.scenario.hash },
    { zh: '引擎版本', en: 'Engine version', value: section.engineVersion },
    { zh: '生成日期', en: 'Generated', value: meta.generatedAt },
    { zh: '期间', en: 'Years', value: y0 === undefined ? '' : `${y0}–${y1}` },
    { zh: '金额单位', en: 'Money unit', value: moneyText(meta) },
  ];
}

export { reportDate } from './reportDate.ts';
