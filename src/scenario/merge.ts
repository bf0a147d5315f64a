/**
 * How a scenario that `extends` another overrides it (SPEC §2: "objects merge deep; arrays
 * of entities merge by id; an entity can be removed explicitly"):
 *
 * - two objects merge key by key, recursively; a key the override leaves out keeps the
 *   parent's value; `null` is a value like any other (e.g. `platform: null`);
 * - a non-empty array whose items are all objects with a string `id`, over a parent list of
 *   such objects (or none), is a list of entities: an item whose id the parent has
 *   overrides that entity's fields (deep), a new id is appended in the override's order,
 *   and `{ id: x, remove: true }` removes entity x;
 * - any other array (a rate curve, a schedule, an empty list `[]`) replaces the parent's;
 * - any other value replaces the parent's.
 *
 * The merge also records which file set each value (`Origins`), so a validation problem in
 * the resolved scenario can name the file to edit.
 */
import type { ScenarioIssue } from './issues.ts';
import { formatPath } from './issues.ts';
import { isRecord } from './schema/loose.ts';
import type { Loose } from './schema/loose.ts';

/** The key that marks an entity for removal: `{ id: x, remove: true }`. */
export const REMOVE_KEY = 'remove';

/** For each merged object or array, the file that set each of its keys or indices (absent: inherited). */
export type Origins = WeakMap<object, Map<PropertyKey, string>>;

type Path = ReadonlyArray<string | number>;

interface Ctx {
  readonly file: string;
  readonly origins: Origins;
  readonly issues: ScenarioIssue[];
}

function setOrigin(ctx: Ctx, node: object, key: PropertyKey, file: string | undefined): void {
  if (file === undefined) return;
  let m = ctx.origins.get(node);
  if (!m) ctx.origins.set(node, (m = new Map()));
  m.set(key, file);
}

function issue(ctx: Ctx, path: Path, value: unknown, zh: string, en: string): void {
  ctx.issues.push({ path: formatPath(path), value, zh, en, file: ctx.file });
}

/** True when every item is an object with a string `id`: a list of entities, merged by id. */
export function isEntityList(v: unknown): v is readonly Loose[] {
  return Array.isArray(v) && v.length > 0 && v.every((e) => isRecord(e) && typeof e.id === 'string');
}

/** An inherited value entities merge into: nothing yet, or a list of entities (possibly empty). */
function mergesById(base: unknown): boolean {
  return base === undefined || (Array.isArray(base) && (base.length === 0 || isEntityList(base)));
}

function isRemoval(e: Loose): boolean {
  return REMOVE_KEY in e;
}

/** A removal marker carries `id` and `remove: true` and nothing else. */
function checkRemoval(ctx: Ctx, e: Loose, path: Path): boolean {
  const extra = Object.keys(e).filter((k) => k !== 'id' && k !== REMOVE_KEY);
  if (e[REMOVE_KEY] !== true || extra.length > 0) {
    issue(ctx, path, e, `删除标记应只写 { id: ${String(e.id)}, ${REMOVE_KEY}: true }`,
      `a removal is written { id: ${String(e.id)}, ${REMOVE_KEY}: true } and nothing else`);
    return false;
  }
  return true;
}

/** Sets `out[k]` as an own, enumerable property: a `__proto__` key stays a plain (invalid) key and never reaches a prototype (SPEC §9). */
function put(out: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  else out[k] = v;
}

/**
 * A value the file sets where nothing is inherited: a copy of its objects and entity lists
 * (removal markers reported and dropped). No origins are recorded for its keys: the caller
 * records the file at the key or index it is attached to, and `originOf` takes the deepest
 * recorded origin, so everything below inherits it (only entity lists record their slots).
 * This keeps a one-file scenario's merge linear and nearly free of bookkeeping (issue #12).
 */
function freshValue(over: unknown, path: Path, ctx: Ctx): unknown {
  if (isRecord(over)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(over)) put(out, k, freshValue(over[k], [...path, k], ctx));
    return out;
  }
  if (isEntityList(over)) return mergeEntities(undefined, over, path, ctx);
  return over;
}

function mergeEntities(base: unknown, over: readonly Loose[], path: Path, ctx: Ctx): unknown[] {
  const parent = Array.isArray(base) ? (base as readonly unknown[]) : [];
  const parentOrigins = Array.isArray(base) ? ctx.origins.get(base) : undefined;
  // Slots of the parent's entities, then appended ones; a removed entity leaves an empty slot.
  const items: Array<{ value: unknown; origin: string | undefined } | undefined> = parent.map((value, i) => ({ value, origin: parentOrigins?.get(i) }));
  // Each id's first inherited entity, as `findIndex` would find it. Only inherited entities are
  // ever looked up: an id is looked up once (later repeats are appended), so appended and
  // removed slots are never looked up again.
  const slotOf = new Map<string, number>();
  parent.forEach((value, i) => {
    if (isRecord(value) && typeof value.id === 'string' && !slotOf.has(value.id)) slotOf.set(value.id, i);
  });
  const seen = new Set<string>();
  over.forEach((e, i) => {
    const id = e.id as string;
    // An id repeated within one file is appended as a second entity: validation then reports the duplicate.
    const at = seen.has(id) ? undefined : slotOf.get(id);
    seen.add(id);
    if (isRemoval(e)) {
      if (!checkRemoval(ctx, e, [...path, i])) return;
      if (at === undefined) {
        issue(ctx, [...path, i, 'id'], id, `无法删除 "${id}"：继承来的情景中没有这个编号（删除标记用于 extends 其他文件的情景）`,
          `cannot remove "${id}": no entity with this id is inherited (removals belong in a file that extends another)`);
      } else items[at] = undefined;
      return;
    }
    const slot = at === undefined ? undefined : items[at];
    if (slot === undefined) items.push({ value: freshValue(e, [...path, i], ctx), origin: ctx.file });
    else items[at as number] = { value: mergeValue(slot.value, e, [...path, i], ctx), origin: slot.origin };
  });
  const out: unknown[] = [];
  for (const it of items) {
    if (it === undefined) continue;
    setOrigin(ctx, out, out.length, it.origin);
    out.push(it.value);
  }
  return out;
}

function mergeObjects(base: Loose, over: Loose, path: Path, ctx: Ctx): Loose {
  const out: Record<string, unknown> = { ...base };
  const inherited = ctx.origins.get(base);
  for (const [k, f] of inherited ?? []) setOrigin(ctx, out, k, f);
  for (const k of Object.keys(over)) {
    const v = over[k];
    // Own properties only: a `__proto__` key is read and written as a plain key (SPEC §9).
    const prev = Object.prototype.hasOwnProperty.call(out, k) ? out[k] : undefined;
    const deep = prev !== undefined && ((isRecord(v) && isRecord(prev)) || (isEntityList(v) && mergesById(prev)));
    put(out, k, mergeValue(prev, v, [...path, k], ctx));
    if (!deep) setOrigin(ctx, out, k, ctx.file);
  }
  return out;
}

function mergeValue(base: unknown, over: unknown, path: Path, ctx: Ctx): unknown {
  if (base === undefined) return freshValue(over, path, ctx);
  if (isRecord(over)) return isRecord(base) ? mergeObjects(base, over, path, ctx) : freshValue(over, path, ctx);
  if (isEntityList(over) && mergesById(base)) return mergeEntities(base, over, path, ctx);
  return over;
}

/**
 * `override` (a parsed file, without its `extends`) applied to `base` (the resolved parent,
 * or `{}` for a file that extends nothing). Problems (a removal of an unknown id, a
 * malformed removal, an id twice) are reported against `file`.
 */
export function mergeScenario(base: Loose, override: Loose, file: string, origins: Origins): { readonly value: Loose; readonly issues: readonly ScenarioIssue[] } {
  const ctx: Ctx = { file, origins, issues: [] };
  return { value: mergeObjects(base, override, [], ctx), issues: ctx.issues };
}

/** The file that set the value at `path` of a merged document: the deepest recorded origin, else `fallback`. */
export function originOf(root: unknown, path: ReadonlyArray<PropertyKey>, origins: Origins, fallback: string): string {
  let found = fallback;
  let cur: unknown = root;
  for (const seg of path) {
    if (typeof cur !== 'object' || cur === null) break;
    const f = origins.get(cur)?.get(seg);
    if (f !== undefined) found = f;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return found;
}
