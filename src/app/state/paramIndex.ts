/**
 * Every parameter of a scenario, for the editor's search (issue #15: "a search over every
 * parameter of the scenario, not only the common fields"): each scalar leaf of the resolved
 * document with a readable path (entities by name), and the override that sets it — entity
 * lists patched by id, as `extends` merges them (SPEC §2).
 */
import { isRecord, type Loose } from '../../scenario/schema/loose.ts';
import { mergeScenario } from '../../scenario/merge.ts';

/** A path step: an object key, or an entity of a list by id. */
export type Step = string | { readonly id: string };

export interface Param {
  /** Stable key: `towns[conghua-hot-spring].land.residentialLandKm2`. */
  readonly key: string;
  readonly steps: readonly Step[];
  /** The path with entity names: `towns › 从化温泉养生小镇 › land › residentialLandKm2`. */
  readonly shown: string;
  readonly value: number | string | boolean;
  /** A number or a boolean reached through objects and entity lists only (not inside a plain array). */
  readonly editable: boolean;
}

const isEntityArray = (v: unknown): v is Loose[] => Array.isArray(v) && v.length > 0 && v.every((e) => isRecord(e) && typeof e.id === 'string');

/** Every scalar leaf of `doc`, in document order (ids and names of entities are not parameters). */
export function paramIndex(doc: Loose): Param[] {
  const out: Param[] = [];
  const walk = (v: unknown, steps: Step[], shown: string[], key: string, editable: boolean) => {
    if (isEntityArray(v)) {
      for (const e of v) walk(e, [...steps, { id: String(e.id) }], [...shown, String(e.name ?? e.id)], `${key}[${String(e.id)}]`, editable);
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, steps, [...shown, `#${i + 1}`], `${key}[${i}]`, false));
      return;
    }
    if (isRecord(v)) {
      const inEntity = typeof v.id === 'string' && steps.length > 0 && typeof steps[steps.length - 1] === 'object';
      for (const [k, x] of Object.entries(v)) {
        if (inEntity && (k === 'id' || k === 'name')) continue;
        if (steps.length === 0 && (k === 'id' || k === 'schemaVersion' || k === 'extends')) continue;
        walk(x, [...steps, k], [...shown, k], key ? `${key}.${k}` : k, editable);
      }
      return;
    }
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') {
      out.push({ key, steps, shown: shown.join(' › '), value: v, editable: editable && typeof v !== 'string' });
    }
  };
  walk(doc, [], [], '', true);
  return out;
}

/** Parameters whose path, names or value contain every word of `query` (case-insensitive). */
export function searchParams(params: readonly Param[], query: string): Param[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return params.filter((p) => {
    const hay = `${p.key} ${p.shown} ${String(p.value)}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** The patch setting the parameter at `steps` to `value`: `{ towns: [{ id, land: { x: v } }] }`. */
export function patchAt(steps: readonly Step[], value: number | boolean): Loose {
  let v: unknown = value;
  for (let i = steps.length - 1; i >= 0; i--) {
    const s = steps[i];
    if (typeof s === 'string') v = { [s]: v };
    else if (s !== undefined) v = [{ id: s.id, ...(isRecord(v) ? v : {}) }];
  }
  return isRecord(v) ? v : {};
}

/** `override` with the parameter set (merged like an `extends` layer, so other edits stay). */
export function setParam(override: Loose, steps: readonly Step[], value: number | boolean): Loose {
  return mergeScenario(override, patchAt(steps, value), 'editor', new WeakMap()).value;
}
