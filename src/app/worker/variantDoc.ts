/**
 * A dashboard variant as `extends` documents (SPEC §2; issue #11: "a dashboard variant is
 * an `extends` document resolved by src/scenario"): the variant's file `/user/<id>.json`
 * holds its override and extends its lever layer `/user/<id>.levers.json`, which holds the
 * editor levers' patch (computed from the parent, so moving a lever twice never compounds)
 * and extends the parent. `resolveScenario` reads both like any file: one resolver, one
 * merge, the same validation and hash as the CLI.
 */
import type { Scenario } from '../../core/model/scenario.ts';
import { isEntityList, REMOVE_KEY } from '../../scenario/merge.ts';
import { EXTENDS_KEY } from '../../scenario/resolve.ts';
import { isRecord, type Loose } from '../../scenario/schema/loose.ts';
import type { VariantEntry } from '../state/library.ts';
import { leverPatch } from '../state/levers.ts';

/** Suffix of a variant's lever layer. */
export const LEVER_LAYER_SUFFIX = '.levers.json';

/** The virtual path of a variant's lever layer: `/user/x.json` → `/user/x.levers.json`. */
export function leverLayerPath(variantPath: string): string {
  return `${variantPath.replace(/\.(json|ya?ml)$/i, '')}${LEVER_LAYER_SUFFIX}`;
}

/** True when the variant sets at least one lever (then its file extends the lever layer). */
export function hasLevers(entry: VariantEntry): boolean {
  return Object.values(entry.levers).some((v) => Number.isFinite(v));
}

/** The variant's own document: its override, extending the lever layer (or the parent when no lever is set). */
export function variantDocument(entry: VariantEntry): Loose {
  return { ...entry.override, [EXTENDS_KEY]: hasLevers(entry) ? leverLayerPath(entry.path) : entry.parent };
}

/** The lever layer: the levers' patch over the resolved parent, extending the parent. */
export function leverDocument(entry: VariantEntry, parent: Scenario): Loose {
  return { ...leverPatch(parent, entry.levers), [EXTENDS_KEY]: entry.parent };
}

/** The variant whose lever layer is at `path`, if any. */
export function variantOfLayer(path: string, user: readonly { readonly kind: string; readonly path: string }[]): VariantEntry | undefined {
  if (!path.endsWith(LEVER_LAYER_SUFFIX)) return undefined;
  return user.find((e): e is VariantEntry => e.kind === 'variant' && leverLayerPath(e.path) === path);
}

/**
 * Two override layers folded into one, for exporting a variant as a single file: merging
 * the result over a parent gives what merging `first` then `second` gives (SPEC §2 rules:
 * objects deep, entity lists by id, anything else replaced), including a removal in
 * `second` of an entity `first` patched (the removal is kept, the patch dropped). Valid
 * for lever layers, which only patch entities the parent has.
 */
export function foldLayers(first: unknown, second: unknown): unknown {
  if (isRecord(first) && isRecord(second)) {
    const out: Record<string, unknown> = { ...first };
    for (const [k, v] of Object.entries(second)) {
      Object.defineProperty(out, k, { value: Object.hasOwn(first, k) ? foldLayers(first[k], v) : v, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  if (isEntityList(first) && isEntityList(second)) {
    const removed = new Set(second.filter((e) => REMOVE_KEY in e).map((e) => e.id));
    const items: unknown[] = first.filter((e) => !removed.has(e.id));
    for (const e of second) {
      const at = REMOVE_KEY in e ? -1 : items.findIndex((x) => isRecord(x) && x.id === e.id);
      if (at < 0) items.push(e);
      else items[at] = foldLayers(items[at], e);
    }
    return items;
  }
  return second;
}
