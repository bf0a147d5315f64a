/**
 * A goal-seek answer as a variant (SPEC §8 "Goal seek", §2 `extends`): the override that sets
 * the parameter a goal seek addressed by its core path (`rewards.pool`,
 * `towns[conghua-hot-spring].bonds[0].amount`) to the answer, written over the scenario's
 * resolved document — entity lists patched by id (an item addressed by index is named by its
 * id), a series given as growth by its base, as `core/stress/paramPath.ts` reads it. A plain
 * array (no ids) is replaced whole, as `extends` merges it.
 */
import { parsePath } from '../../core/stress/index.ts';
import { isEntityList } from '../../scenario/merge.ts';
import { isRecord, type Loose } from '../../scenario/schema/loose.ts';

type Step = NonNullable<ReturnType<typeof parsePath>>[number];

const isGrowth = (v: unknown): v is Loose => isRecord(v) && v.kind === 'growth' && typeof v.base === 'number';

/** The element of list `v` that step `st` names: by id first, then by index (as `getParam`). */
function itemOf(v: readonly unknown[], item: string): number {
  const byId = v.findIndex((x) => isRecord(x) && x.id === item);
  if (byId >= 0) return byId;
  return /^\d+$/.test(item) && Number(item) < v.length ? Number(item) : -1;
}

/** `node` with the number at `steps` set to `value` (the whole value, for plain arrays); undefined when the path names no number. */
function replaced(node: unknown, steps: readonly Step[], value: number): unknown {
  if (steps.length === 0) return typeof node === 'number' ? value : isGrowth(node) ? { ...node, base: value } : undefined;
  const [st, ...rest] = steps as [Step, ...Step[]];
  if (!isRecord(node) || !Object.hasOwn(node, st.key)) return undefined;
  const v = node[st.key];
  if (st.item === undefined) {
    const inner = replaced(v, rest, value);
    return inner === undefined ? undefined : { ...node, [st.key]: inner };
  }
  if (!Array.isArray(v)) return undefined;
  const at = itemOf(v, st.item);
  const inner = at < 0 ? undefined : replaced(v[at], rest, value);
  return inner === undefined ? undefined : { ...node, [st.key]: v.map((x, i) => (i === at ? inner : x)) };
}

/** The patch over `node` that sets the number at `steps`; undefined when the path names no number. */
function patch(node: unknown, steps: readonly Step[], value: number): unknown {
  if (steps.length === 0) return typeof node === 'number' ? value : isGrowth(node) ? { base: value } : undefined;
  const [st, ...rest] = steps as [Step, ...Step[]];
  if (!isRecord(node) || !Object.hasOwn(node, st.key)) return undefined;
  const v = node[st.key];
  if (st.item === undefined) {
    const inner = patch(v, rest, value);
    return inner === undefined ? undefined : { [st.key]: inner };
  }
  if (!Array.isArray(v)) return undefined;
  const at = itemOf(v, st.item);
  if (at < 0) return undefined;
  if (isEntityList(v)) {
    const inner = patch(v[at], rest, value);
    return isRecord(inner) ? { [st.key]: [{ id: v[at]!.id, ...inner }] } : undefined;
  }
  // a plain array is replaced whole by `extends`: write it whole with the item changed
  const whole = replaced(node, [st, ...rest], value);
  return isRecord(whole) ? { [st.key]: whole[st.key] } : undefined;
}

/** The override setting the parameter at core path `path` to `value` over resolved document `doc`; null when the path names no number there. */
export function goalSeekPatch(doc: Loose, path: string, value: number): Loose | null {
  const steps = parsePath(path);
  if (!steps || !Number.isFinite(value)) return null;
  const p = patch(doc, steps, value);
  return isRecord(p) ? p : null;
}
