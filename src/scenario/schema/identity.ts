/** Identity checks across the scenario (SPEC §1 "Identifiers", §2): unique ids and references that resolve. */
import type { z } from 'zod';
import { addBilingualIssue, formatPath } from '../issues.ts';
import { suggest } from '../suggest.ts';
import { recordsAt, stringAt } from './loose.ts';
import type { Loose } from './loose.ts';

type Path = ReadonlyArray<string | number>;

/** What each entity list is called in messages. */
const LABELS: Readonly<Record<string, readonly [string, string]>> = {
  districts: ['区', 'district'],
  towns: ['小镇', 'town'],
  bonds: ['专项债', 'bond'],
  ppp: ['PPP项目', 'PPP project'],
  funds: ['基金', 'fund'],
};

/** Reports every id used twice within one namespace, pointing at the first use. */
function checkUnique(ctx: z.core.$RefinementCtx, entries: ReadonlyArray<readonly [string, Path]>, kind: string): void {
  const [zh, en] = LABELS[kind] ?? [kind, kind];
  const first = new Map<string, Path>();
  for (const [id, path] of entries) {
    const seen = first.get(id);
    if (seen === undefined) first.set(id, path);
    else addBilingualIssue(ctx, [...path, 'id'], `${zh}编号 "${id}" 重复（已用于 ${formatPath(seen)}），请改用唯一编号`,
      `duplicate ${en} id "${id}" (already used by ${formatPath(seen)}); ids must be unique`, id);
  }
}

function ids(root: Loose, key: string): Array<readonly [string, Path]> {
  return recordsAt(root, key).flatMap(([e, i]) => {
    const id = stringAt(e, 'id');
    return id === undefined ? [] : [[id, [key, i]] as const];
  });
}

/**
 * Unique ids of districts, towns, PPP projects, funds and special bonds (bonds are unique
 * across all towns: results name them by id), and each town's district must exist.
 */
export function checkIdentity(root: Loose, ctx: z.core.$RefinementCtx): void {
  for (const key of ['districts', 'towns', 'ppp', 'funds']) checkUnique(ctx, ids(root, key), key);
  const bonds = recordsAt(root, 'towns').flatMap(([t, ti]) =>
    recordsAt(t, 'bonds').flatMap(([b, bi]) => {
      const id = stringAt(b, 'id');
      return id === undefined ? [] : [[id, ['towns', ti, 'bonds', bi]] as const];
    }),
  );
  checkUnique(ctx, bonds, 'bonds');

  const districtIds = ids(root, 'districts').map(([id]) => id);
  const known = new Set(districtIds);
  for (const [town, i] of recordsAt(root, 'towns')) {
    const d = stringAt(town, 'district');
    if (d === undefined || known.has(d)) continue;
    const near = suggest(d, districtIds);
    const list = districtIds.join(', ') || '—';
    addBilingualIssue(ctx, ['towns', i, 'district'],
      `区 "${d}" 不存在${near ? `，是否应为 "${near}"？` : ''}（已定义的区：${list}）`,
      `district "${d}" is not defined${near ? `; did you mean "${near}"?` : ''} (districts: ${list})`, d);
  }
}
