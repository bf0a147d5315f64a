/**
 * The scenario library (issue #8): the bundled files plus the user's own — variants (an
 * override object merged over a parent like `extends`, SPEC §2) and imported files. Plain
 * data with pure updates, so undo is a stack of earlier values and autosave stores it as is.
 * Every scenario is addressed by a virtual file path: `/scenarios/<file>` (bundled) or
 * `/user/<id>.json|yaml` (the user's).
 */
import type { Loose } from '../../scenario/schema/loose.ts';

export const BUNDLED_DIR = '/scenarios/';
export const USER_DIR = '/user/';

export interface VariantEntry {
  readonly kind: 'variant';
  readonly path: string;
  readonly id: string;
  readonly name: string;
  /** Path of the scenario this one overrides. */
  readonly parent: string;
  /** What the variant changes, merged over the parent like an `extends` file; carries `id` and `name`. */
  readonly override: Loose;
  /** Editor lever values (see `levers.ts`), applied over the parent before `override`. */
  readonly levers: Readonly<Record<string, number>>;
}

export interface ImportedEntry {
  readonly kind: 'imported';
  readonly path: string;
  readonly id: string;
  readonly name: string;
  readonly fileName: string;
  readonly text: string;
}

export type UserEntry = VariantEntry | ImportedEntry;

export interface Library {
  readonly version: 1;
  readonly user: readonly UserEntry[];
}

export const EMPTY_LIBRARY: Library = { version: 1, user: [] };

export function isUserPath(path: string): boolean {
  return path.startsWith(USER_DIR);
}

/** Short reference for URLs: `guangzhou-baseline` for a bundled file, `u:<id>` for the user's. */
export function refOf(path: string): string {
  if (isUserPath(path)) return `u:${path.slice(USER_DIR.length).replace(/\.(json|ya?ml)$/i, '')}`;
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.(json|ya?ml)$/i, '');
}

/** The path a reference names, among the bundled paths and the library; null when unknown. */
export function pathOfRef(ref: string, lib: Library, bundled: readonly string[]): string | null {
  if (ref.startsWith('u:')) return lib.user.find((e) => e.id === ref.slice(2))?.path ?? null;
  return bundled.find((p) => refOf(p) === ref) ?? null;
}

/** A slug not used by any bundled file or user entry: `base`, `base-2`, `base-3`… */
export function uniqueId(base: string, lib: Library, bundled: readonly string[]): string {
  const slug = base.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'scenario';
  const taken = new Set([...lib.user.map((e) => e.id), ...bundled.map((p) => refOf(p))]);
  if (!taken.has(slug)) return slug;
  for (let i = 2; ; i++) if (!taken.has(`${slug}-${i}`)) return `${slug}-${i}`;
}

/** A new variant of `parent` (scenario id `parentId`), named after it; nothing changed yet. */
export function addVariant(lib: Library, bundled: readonly string[], parent: string, parentId: string, parentName: string, lang: 'zh' | 'en'): { lib: Library; entry: VariantEntry } {
  const id = uniqueId(`${parentId}-v`, lib, bundled);
  const n = lib.user.filter((e) => e.kind === 'variant' && e.parent === parent).length + 1;
  const name = lang === 'zh' ? `${parentName}·变体${n}` : `${parentName} · variant ${n}`;
  const entry: VariantEntry = { kind: 'variant', path: `${USER_DIR}${id}.json`, id, name, parent, override: { id, name }, levers: {} };
  return { lib: { ...lib, user: [...lib.user, entry] }, entry };
}

/** An imported file, under a fresh id if its own is taken. */
export function addImported(lib: Library, bundled: readonly string[], file: { fileName: string; text: string; id: string; name: string }): { lib: Library; entry: ImportedEntry } {
  const id = uniqueId(file.id, lib, bundled);
  const ext = /\.json$/i.test(file.fileName) ? 'json' : 'yaml';
  const entry: ImportedEntry = { kind: 'imported', path: `${USER_DIR}${id}.${ext}`, id, name: file.name, fileName: file.fileName, text: file.text };
  return { lib: { ...lib, user: [...lib.user, entry] }, entry };
}

/** A variant with new lever values and/or override (the override keeps the variant's id). */
export function updateVariant(lib: Library, path: string, change: { levers?: Readonly<Record<string, number>>; override?: Loose; name?: string }): Library {
  return {
    ...lib,
    user: lib.user.map((e) => {
      if (e.path !== path || e.kind !== 'variant') return e;
      const name = change.name ?? e.name;
      const override = { ...(change.override ?? e.override), id: e.id, name };
      return { ...e, name, levers: change.levers ?? e.levers, override };
    }),
  };
}

/** Removes an entry; refused (null) while another user entry is its variant. */
export function removeEntry(lib: Library, path: string): Library | null {
  if (lib.user.some((e) => e.kind === 'variant' && e.parent === path)) return null;
  return { ...lib, user: lib.user.filter((e) => e.path !== path) };
}

/** True when a stored value has the shape of a library (autosave data from an older build is dropped, not trusted). */
export function isLibrary(v: unknown): v is Library {
  if (typeof v !== 'object' || v === null) return false;
  const l = v as { version?: unknown; user?: unknown };
  return l.version === 1 && Array.isArray(l.user) && l.user.every((e: unknown) => {
    if (typeof e !== 'object' || e === null) return false;
    const x = e as Record<string, unknown>;
    const base = typeof x.path === 'string' && isUserPath(x.path) && typeof x.id === 'string' && typeof x.name === 'string';
    if (x.kind === 'variant') return base && typeof x.parent === 'string' && typeof x.override === 'object' && x.override !== null && typeof x.levers === 'object' && x.levers !== null;
    if (x.kind === 'imported') return base && typeof x.fileName === 'string' && typeof x.text === 'string';
    return false;
  });
}

/** A key that changes whenever the scenario at `path` or one of its ancestors changes (caches, re-runs). */
export function contentKey(path: string, user: readonly UserEntry[], depth = 0): string {
  const e = user.find((x) => x.path === path);
  if (!e || depth > 16) return path;
  return e.kind === 'variant' ? `${JSON.stringify(e)}<${contentKey(e.parent, user, depth + 1)}` : JSON.stringify(e);
}
