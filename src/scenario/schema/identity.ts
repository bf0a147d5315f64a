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

/** Reports a reference to an id the scenario does not define, with a did-you-mean suggestion. */
function checkReference(
  ctx: z.core.$RefinementCtx, path: Path, id: string, known: readonly string[], zh: string, en: string,
): void {
  if (known.includes(id)) return;
  const near = suggest(id, known);
  const list = known.join(', ') || '—';
  addBilingualIssue(ctx, path,
    `${zh} "${id}" 不存在${near ? `，是否应为 "${near}"？` : ''}（可用：${list}）`,
    `${en} "${id}" is not defined${near ? `; did you mean "${near}"?` : ''} (defined: ${list})`, id);
}

/**
 * Unique ids of districts, towns, PPP projects, funds and special bonds (bonds are unique
 * across all towns: results name them by id), and every reference resolves: a town's
 * district, a PPP project's town and paying level (`city` or a district), and the towns
 * of a fund's allocation (SPEC §4.1, §5).
 */
export function checkIdentity(root: Fields, ctx: z.core.$RefinementCtx): void {
  for (const key of ['districts', 'towns', 'ppp', 'funds']) checkUnique(ctx, root.items(key), key);
  checkUnique(ctx, root.items('towns').flatMap((t) => t.items('bonds')), 'bonds');

  const towns = root.items('towns');
  const townIds = towns.flatMap((t) => t.rawStr('id') ?? []);
  const districts = root.items('districts');
  // No districts (or no list at all) is reported on its own; every reference would only repeat it.
  const districtIds = districts.flatMap((d) => d.rawStr('id') ?? []);
  if (districts.length > 0) {
    for (const town of towns) {
      const d = town.str('district');
      if (d !== undefined) checkReference(ctx, [...town.path, 'district'], d, districtIds, '区', 'district');
    }
  }
  for (const p of root.items('ppp')) {
    const town = p.str('town');
    if (town !== undefined) checkReference(ctx, [...p.path, 'town'], town, townIds, 'PPP项目所属小镇', 'town');
    const level = p.record('payer')?.str('level');
    if (level !== undefined && districts.length > 0) {
      checkReference(ctx, [...p.path, 'payer', 'level'], level, ['city', ...districtIds], '付费层级', 'paying level');
    }
  }
  for (const f of root.items('funds')) {
    for (const id of f.record('allocationByTown')?.keys() ?? []) checkReference(ctx, [...f.path, 'allocationByTown', id], id, townIds, '基金投向的小镇', 'town');
  }
}
