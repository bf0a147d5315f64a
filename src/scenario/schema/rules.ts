/** Schema of the scenario's rule overrides (SPEC §11: thresholds and levels may be overridden). */
import { z } from 'zod';
import { RULES } from '../../core/rules/table.ts';
import type { RuleOverrides } from '../../core/rules/types.ts';
import { addBilingualIssue } from '../issues.ts';
import { suggest } from '../suggest.ts';
import { isRecord } from './loose.ts';
import { num } from './primitives.ts';

/** Parameter names each rule declares in any of its versions (e.g. `town.area`: min, max). */
const PARAMS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  RULES.map((r) => [r.id, new Set(r.versions.flatMap((v) => Object.keys(v.params ?? {})))]),
);

const overrideFields = {
  threshold: num.optional(),
  level: z.enum(['warning', 'breach']).optional(),
  params: z.record(z.string(), num).optional(),
};

/** A dated override: from key year `from` on (SPEC §1 "Dated rules"), e.g. a tighter 7% line from 2028. */
const overrideVersionSchema = z.strictObject({ from: z.number().int().min(1900).max(2200), ...overrideFields });

const overrideSchema = z.strictObject({ ...overrideFields, versions: z.array(overrideVersionSchema).max(50).optional() });

/**
 * Overrides by rule id (ids of `src/core/rules/table.ts`): `{ threshold?, level?, params? }`.
 * An unknown rule id or parameter name is an error, with the closest known one suggested.
 */
export const rulesSchema = z
  .record(z.string(), overrideSchema)
  .default({})
  .superRefine((rules, ctx) => {
    for (const [id, o] of Object.entries(rules)) {
      const known = PARAMS.get(id);
      if (!known) {
        const near = suggest(id, PARAMS.keys());
        addBilingualIssue(ctx, [id], `未知的规则编号 "${id}"${near ? `，是否应为 "${near}"？` : ''}（见 SPEC §11 规则表）`,
          `unknown rule id "${id}"${near ? `; did you mean "${near}"?` : ''} (see the rule table, SPEC §11)`, id);
        continue;
      }
      const where: { path: (string | number)[]; params: object | undefined }[] = [
        { path: [id], params: o?.params },
        ...(o?.versions ?? []).map((v, i) => ({ path: [id, 'versions', i], params: v.params })),
      ];
      for (const { path, params } of where) {
        for (const p of Object.keys(params ?? {})) {
          if (known.has(p)) continue;
          const list = [...known].join(', ') || '—';
          addBilingualIssue(ctx, [...path, 'params', p], `规则 ${id} 没有参数 "${p}"（可用：${list}）`,
            `rule ${id} has no parameter "${p}" (known: ${list})`, p);
        }
      }
    }
  }, { when: (payload) => isRecord(payload.value) })
  // Ids are checked against the table above, so the record is keyed by rule ids.
  .transform((rules) => rules as RuleOverrides) satisfies z.ZodType<RuleOverrides, unknown>;
