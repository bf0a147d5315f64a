/**
 * The one message style of every finding (SPEC §10 `findings`, issue #11): Chinese first,
 * English second, `中文 / English`, each
 *
 *   `<label>：<subject>，<year>年 <value>，<bound>，余量 <headroom>[；<detail>]`
 *   `<label>: <subject>, <year>: <value>, <bound>, headroom <headroom>[; <detail>]`
 *
 * with the value and line in the rule's unit and the headroom in its headroom unit (from the
 * rule table, SPEC §6 "Headroom"), and the bound worded by the rule's comparison (SPEC §1
 * "Wording of lines"). A flag rule (a forbidden term, no line) reads `<label>：<subject>，
 * <year>年，不允许[；<detail>]`. The label, not the statement, names the rule: a statement
 * quotes the default line, which a scenario may override.
 */
import { isAtLine } from './atLine.ts';
import { inUnit } from './format.ts';
import type { Comparison, RuleDef, Subject, SubjectKind } from './types.ts';

const KIND: Readonly<Record<SubjectKind, readonly [string, string]>> = {
  city: ['市', 'city'], district: ['区', 'district'], town: ['小镇', 'town'], bond: ['专项债', 'bond'],
  ppp: ['PPP项目', 'PPP project'], fund: ['子基金', 'fund'], program: ['奖补政策', 'program'],
};

/** `[中文, English]` naming a subject: `小镇 conghua` / `town conghua`. */
export function subjectWords(s: Subject): readonly [string, string] {
  const [zh, en] = KIND[s.kind];
  return [`${zh} ${s.id}`, `${en} ${s.id}`];
}

/** `[中文, English]` of the line a value crossed, by comparison; `range`: below the minimum or above the maximum. */
export function boundWords(c: Comparison, value: number | null, line: readonly [string, string], lineValue: number | null): readonly [string, string] {
  switch (c) {
    case 'gt': return [`超过 ${line[0]}`, `above ${line[1]}`];
    case 'lt': return [`低于 ${line[0]}`, `below ${line[1]}`];
    case 'ge':
    case 'tier': return [`达到 ${line[0]}`, `at or above ${line[1]}`];
    case 'le': return [`不高于 ${line[0]}`, `at or below ${line[1]}`];
    case 'range':
      return value !== null && lineValue !== null && value < lineValue
        ? [`低于下限 ${line[0]}`, `below the minimum ${line[1]}`] : [`超过上限 ${line[0]}`, `above the maximum ${line[1]}`];
    case 'flag': return ['不允许', 'not allowed'];
  }
}

/**
 * Extra decimals that tell a value from the line it crossed when both round alike
 * (1.004 above 1.00 reads `1.004`, not `1.00`); 0 when they already differ or sit on the line.
 */
export function distinguishing(value: number | null, line: number | null, unit: RuleDef['unit']): number {
  if (value === null || line === null || isAtLine(value, line)) return 0;
  for (let extra = 0; extra < 6; extra++) if (inUnit(value, unit, extra)[0] !== inUnit(line, unit, extra)[0]) return extra;
  return 6;
}

/** What a message is built from: the row's figures, the line crossed and an optional detail. */
export interface MessageParts {
  readonly subject: Subject;
  readonly year: number;
  readonly value: number | null;
  /** The line the value crossed (the limit, or a warning line inside it). */
  readonly line: number | null;
  readonly headroom: number | null;
  readonly detail?: readonly [string, string];
}

/** The finding message of rule `def` (see the module comment for the format). */
export function findingMessage(def: RuleDef, m: MessageParts): string {
  const [sz, se] = subjectWords(m.subject);
  const [dz, de] = m.detail ? [`；${m.detail[0]}`, `; ${m.detail[1]}`] : ['', ''];
  if (def.comparison === 'flag') {
    return `${def.label.zh}：${sz}，${m.year}年，不允许${dz} / ${def.label.en}: ${se}, ${m.year}: not allowed${de}`;
  }
  const extra = distinguishing(m.value, m.line, def.unit);
  const [vz, ve] = inUnit(m.value, def.unit, extra);
  const [bz, be] = boundWords(def.comparison, m.value, inUnit(m.line, def.unit, extra), m.line);
  const [hz, he] = inUnit(m.headroom, def.headroomUnit ?? def.unit);
  return `${def.label.zh}：${sz}，${m.year}年 ${vz}，${bz}，余量 ${hz}${dz} / ${def.label.en}: ${se}, ${m.year}: ${ve}, ${be}, headroom ${he}${de}`;
}
