/** What every section builder reads: one run, the scenario it ran, and the display decimals. */
import type { Scenario } from '../../../core/model/scenario.ts';
import type { RunResult } from '../../../core/result.ts';
import { reportFacts, type ReportFacts } from '../facts.ts';
import type { Label, MoneyUnit } from '../types.ts';
import { SUBJECT_KIND_LABELS } from '../../../core/labels/enumLabels.ts';
import type { Subject, SubjectKind } from '../../../core/rules/types.ts';
import { subjectWords } from '../../../core/rules/message.ts';

/**
 * Which evaluated limits the report lists row by row (issue #12): `findings` (the default)
 * only those at warning or breach, `all` every one (hundreds of thousands of rows for a
 * large city). The counts per rule are always complete.
 */
export type ReportLimits = 'all' | 'findings';

export interface SectionContext {
  readonly result: RunResult;
  readonly scenario: Scenario;
  /** Decimals of 万元 amounts. */
  readonly decimals: number;
  /** Limit rows listed (default `findings`). */
  readonly limits?: ReportLimits;
  /** The unit money is shown in (default 万元): the model keeps 万元 on that unit's grid (`decimals`). */
  readonly moneyUnit?: MoneyUnit;
  /** The run's rounded finest rows (built once per section; `factsOf` builds them when absent). */
  readonly facts?: ReportFacts;
}

/** The section's rounded finest rows, every table's one source of money figures (issue #18). */
export function factsOf(ctx: SectionContext): ReportFacts {
  return ctx.facts ?? reportFacts(ctx.result, ctx.scenario, ctx.decimals);
}

/**
 * Where the full list of evaluated limits is, for a report that lists `mode`: a note for
 * the summary and the limit sheets (bilingual, SPEC §1).
 */
export function limitsWhereNote(result: RunResult, mode: ReportLimits): { readonly zh: string; readonly en: string } {
  const n = result.limits.length;
  const shown = mode === 'all' ? n : result.limits.filter((l) => l.level !== 'ok').length;
  return mode === 'all'
    ? { zh: `全部 ${n} 条限额检查见「全部限额检查」表。`, en: `All ${n} evaluated limits are listed in the table "Every limit evaluated".` }
    : {
      zh: `共检查 ${n} 条限额，本报告仅逐行列出其中预警与违规的 ${shown} 条；全部明细请用 townfisc report --limits all 或 townfisc run --json 导出。`,
      en: `${n} limits were evaluated; this report lists the ${shown} at warning or breach. For every row use townfisc report --limits all, or townfisc run --json.`,
    };
}

/** A subject as a reader names it: `小镇 从化温泉养生小镇` (the kind from the shared label table, the name from the scenario). */
export function subjectLabel(s: Scenario, subject: { readonly kind: string; readonly id: string }): Label {
  const kind = Object.hasOwn(SUBJECT_KIND_LABELS, subject.kind) ? SUBJECT_KIND_LABELS[subject.kind as SubjectKind] : { zh: subject.kind, en: subject.kind };
  const all: readonly { readonly id: string; readonly name: string }[] = [...s.towns, ...s.districts, ...s.ppp, ...s.funds, ...s.rewards.programs.map((p) => ({ id: p.id, name: p.name ?? p.id }))];
  const name = subject.kind === 'city' ? s.city.name : (all.find((e) => e.id === subject.id)?.name ?? subject.id);
  return { zh: `${kind.zh} ${name}`, en: `${kind.en} ${name}` };
}

/**
 * A source document as an official report states it: the document numbers, without the
 * notes meant for modellers (`secondary`, English asides in parentheses) — issue #18.
 */
export function officialSource(source: string): Label {
  const zh = source
    .replace(/\s*[(（][^()（）]*[A-Za-z][^()（）]*[)）]/g, '')
    .replace(/\s*\/\s*[A-Za-z].*$/, '')
    .replace(/[，,；;]?\s*secondary/gi, '')
    .trim();
  const en = source.replace(/[，,；;]?\s*secondary/gi, '').replace(/\(\s*\)/g, '').trim();
  return { zh, en };
}

/**
 * A finding's message in the edition's language (the rule engine writes `中文 / English`),
 * the subject named as the reader knows it (`区 从化区`, not the engine's `区 conghua`).
 */
export function messageLabel(message: string, s?: Scenario, subject?: Subject): Label {
  const at = message.indexOf(' / ');
  const [zh, en] = at < 0 ? [message, message] : [message.slice(0, at), message.slice(at + 3)];
  if (!s || !subject) return { zh, en };
  const [wordsZh, wordsEn] = subjectWords(subject);
  const named = subjectLabel(s, subject);
  return { zh: zh.split(wordsZh).join(named.zh), en: en.split(wordsEn).join(named.en) };
}

/** Name of an entity by id, falling back to the id. */
export function namer(entities: readonly { readonly id: string; readonly name: string }[]): (id: string) => string {
  const m = new Map(entities.map((e) => [e.id, e.name] as const));
  return (id) => m.get(id) ?? id;
}

/** Value of a series in year index i; a missing entry is 0 (series align with `years`). */
export function at(series: ArrayLike<number>, i: number): number {
  return series[i] ?? 0;
}

/** Value of a nullable series in year index i. */
export function atN(series: readonly (number | null)[], i: number): number | null {
  return series[i] ?? null;
}
