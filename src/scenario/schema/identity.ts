/** Identity checks across the scenario (SPEC §1 "Identifiers", §2): unique ids and references that resolve. */
import type { z } from 'zod';
import { addBilingualIssue, formatPath } from '../issues.ts';
import { suggest } from '../suggest.ts';
import type { Fields, Path } from './loose.ts';

/** What each entity list is called in messages. */
const LABELS: Readonly<Record<string, readonly [string, string]>> = {
  districts: ['区', 'district'],
  towns: ['小镇', 'town'],
  bonds: ['专项债', 'bond'],
  ppp: ['PPP项目', 'PPP project'],
  funds: ['基金', 'fund'],
};

/** Reports every id used twice within one namespace, pointing at the first use. */
function checkUnique(ctx: z.core.$RefinementCtx, entities: readonly Fields[], kind: string): void {
  const [zh, en] = LABELS[kind] ?? [kind, kind];
  const first = new Map<string, Path>();
  for (const e of entities) {
    const id = e.str('id');
    if (id === undefined) continue;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, e.path);
    else addBilingualIssue(ctx, [...e.path, 'id'], `${zh}编号 "${id}" 重复（已用于 ${formatPath(seen)}），请改用唯一编号`,
      `duplicate ${en} id "${id}" (already used by ${formatPath(seen)}); ids must be unique`, id);
  }
}

/**
 * Unique ids of districts, towns, PPP projects, funds and special bonds (bonds are unique
 * across all towns: results name them by id), and each town's district must exist.
 */
export function checkIdentity(root: Fields, ctx: z.core.$RefinementCtx): void {
  for (const key of ['districts', 'towns', 'ppp', 'funds']) checkUnique(ctx, root.items(key), key);
  checkUnique(ctx, root.items('towns').flatMap((t) => t.items('bonds')), 'bonds');

  const districts = root.items('districts');
  // No districts (or no list at all) is reported on its own; every town would only repeat it.
  if (districts.length === 0) return;
  const districtIds = districts.flatMap((d) => d.rawStr('id') ?? []);
  const known = new Set(districtIds);
  for (const town of root.items('towns')) {
    const d = town.str('district');
    if (d === undefined || known.has(d)) continue;
    const near = suggest(d, districtIds);
    const list = districtIds.join(', ') || '—';
    addBilingualIssue(ctx, [...town.path, 'district'],
      `区 "${d}" 不存在${near ? `，是否应为 "${near}"？` : ''}（已定义的区：${list}）`,
      `district "${d}" is not defined${near ? `; did you mean "${near}"?` : ''} (districts: ${list})`, d);
  }
}
