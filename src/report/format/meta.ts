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

/** Report generation date: `--date`, else `SOURCE_DATE_EPOCH` (seconds), else today (UTC), as `YYYY-MM-DD`. */
export function reportDate(option: string | undefined, sourceDateEpoch: string | undefined, now: Date): string {
  if (option !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(option) || Number.isNaN(Date.parse(`${option}T00:00:00Z`))) {
      throw new RangeError(`--date 应为 YYYY-MM-DD / --date must be YYYY-MM-DD, got ${option}`);
    }
    return option;
  }
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    const s = Number(sourceDateEpoch);
    if (!Number.isInteger(s) || s < 0) throw new RangeError(`SOURCE_DATE_EPOCH 应为整数秒 / must be whole seconds, got ${sourceDateEpoch}`);
    return new Date(s * 1000).toISOString().slice(0, 10);
  }
  return now.toISOString().slice(0, 10);
}
