/**
 * The rule lines a scenario changed (SPEC §10 `thresholds`, §11 overrides), for the head of
 * `townfisc check`: every threshold row of the result that differs from the rule table's
 * default, with the rule's label from the table, its span of key years and both values, so
 * a reader sees which lines the findings below were judged against. Pure.
 */
import { ruleDef } from '../../core/rules/inForce.ts';
import { thresholdAt, thresholdsInForce } from '../../core/rules/thresholds.ts';
import type { ThresholdRow } from '../../core/rules/types.ts';
import { formatLineValue } from '../../charts/lines.ts';

/** Rows of `thresholds` whose value or level differs from the table's default for the same rule, subject kind, parameter and start year. */
export function changedLines(thresholds: readonly ThresholdRow[]): { row: ThresholdRow; base: ThresholdRow | null }[] {
  const defaults = thresholdsInForce();
  return thresholds.flatMap((row) => {
    const base = thresholdAt(defaults, row.rule, row.subjectKind, row.from, row.param);
    return base && base.value === row.value && base.level === row.level ? [] : [{ row, base }];
  });
}

/** `规则线（情景覆盖）/ Rule lines overridden by the scenario:` and one line per change; empty when none. */
export function renderChangedLines(thresholds: readonly ThresholdRow[]): string {
  const changed = changedLines(thresholds);
  if (changed.length === 0) return '';
  const v = (r: ThresholdRow | null) => (r === null || r.value === null ? '—' : formatLineValue(r.value, r.unit));
  const lines = changed.map(({ row, base }) => {
    const def = ruleDef(row.rule);
    const span = `${row.from}–${row.to ?? ''}`;
    return `  ${row.rule}${row.param ? `.${row.param}` : ''} [${row.subjectKind}] ${span}: ${v(row)} (${row.level}; 默认 default ${v(base)}) — ${def.label.zh} / ${def.label.en}`;
  });
  return `规则线（情景覆盖）/ Rule lines overridden by the scenario:\n${[...new Set(lines)].join('\n')}\n`;
}
