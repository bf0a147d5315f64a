/**
 * Sharing a variant through the URL (issue #8 "Shareable state"): a variant lives in the
 * user's browser, so a link that names it also carries it — parent reference, name, lever
 * values and override, as base64url JSON in the `share` hash parameter. Decoding checks the
 * shape only; the worker validates the content like any other scenario.
 */
import type { Loose } from '../../scenario/schema/loose.ts';
import { isRecord } from '../../scenario/schema/loose.ts';
import { pathOfRef, refOf, uniqueId, USER_DIR, type Library, type VariantEntry } from './library.ts';

export interface SharedVariant {
  /** Reference of the parent (a bundled file: the receiver has it too). */
  readonly parent: string;
  readonly name: string;
  readonly override: Loose;
  readonly levers: Readonly<Record<string, number>>;
}

/** Longest `share` parameter accepted (characters). */
export const MAX_SHARE_CHARS = 64 * 1024;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

export function encodeShare(v: SharedVariant): string {
  return toBase64Url(JSON.stringify({ p: v.parent, n: v.name, o: v.override, l: v.levers }));
}

/** The JSON a `share` parameter carries, or undefined when it is empty, too long, not base64url or not JSON. */
function parseShareParam(param: string): unknown {
  if (param.length === 0 || param.length > MAX_SHARE_CHARS || !/^[A-Za-z0-9_-]+$/.test(param)) return undefined;
  try {
    return JSON.parse(fromBase64Url(param)) as unknown;
  } catch {
    return undefined;
  }
}

/** The variant a `share` parameter carries, or null when it is not one (malformed, too long, wrong shape). */
export function decodeShare(param: string): SharedVariant | null {
  const v = parseShareParam(param);
  if (v === undefined) return null;
  if (!isRecord(v)) return null;
  const { p, n, o, l } = v;
  if (typeof p !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(p) || typeof n !== 'string' || !isRecord(o) || !isRecord(l)) return null;
  if (!Object.values(l).every((x) => typeof x === 'number' && Number.isFinite(x))) return null;
  return { parent: p, name: n.slice(0, 200), override: o, levers: l as Record<string, number> };
}


/**
 * The library with a shared variant in it: an identical variant already there is reused,
 * otherwise it is added under a fresh id. Null when the parent is not a bundled scenario.
 */
export function adoptShared(lib: Library, bundled: readonly string[], shared: SharedVariant): { lib: Library; path: string } | null {
  const parent = pathOfRef(shared.parent, lib, bundled);
  if (parent === null || !bundled.includes(parent)) return null;
  const { id: _id, name: _name, ...changes } = shared.override;
  const same = lib.user.find((e): e is VariantEntry => {
    if (e.kind !== 'variant' || e.parent !== parent || e.name !== shared.name) return false;
    const { id: _i, name: _n, ...own } = e.override;
    return JSON.stringify(own) === JSON.stringify(changes) && JSON.stringify(e.levers) === JSON.stringify(shared.levers);
  });
  if (same) return { lib, path: same.path };
  const wanted = typeof shared.override.id === 'string' ? shared.override.id : `${shared.parent}-shared`;
  const id = uniqueId(wanted, lib, bundled);
  const entry: VariantEntry = { kind: 'variant', path: `${USER_DIR}${id}.json`, id, name: shared.name, parent, override: { ...changes, id, name: shared.name }, levers: shared.levers };
  return { lib: { ...lib, user: [...lib.user, entry] }, path: entry.path };
}

/** A shared variant with the reference it had on the sender's side (so the view's scenario list can be remapped). */
export interface SharedEntry extends SharedVariant {
  readonly ref: string;
}

/** Several variants in one `share` parameter (a comparison: every variant in it), as base64url JSON. */
export function encodeShares(list: readonly SharedEntry[]): string {
  return toBase64Url(JSON.stringify(list.map((v) => ({ r: v.ref, p: v.parent, n: v.name, o: v.override, l: v.levers }))));
}

/**
 * The variants a `share` parameter carries: a list (`encodeShares`) or one variant
 * (`encodeShare`, older links; its reference is unknown: `null`). Null when malformed.
 */
export function decodeShares(param: string): { ref: string | null; variant: SharedVariant }[] | null {
  const v = parseShareParam(param);
  if (v === undefined) return null;
  if (!Array.isArray(v)) {
    const one = decodeShare(param);
    return one ? [{ ref: null, variant: one }] : null;
  }
  const out: { ref: string | null; variant: SharedVariant }[] = [];
  for (const x of v) {
    if (!isRecord(x) || typeof x.r !== 'string' || !/^u:[a-z0-9][a-z0-9-]*$/.test(x.r)) return null;
    const one = decodeShare(toBase64Url(JSON.stringify({ p: x.p, n: x.n, o: x.o, l: x.l })));
    if (!one) return null;
    out.push({ ref: x.r, variant: one });
  }
  return out;
}

/**
 * What a link can carry of a comparison: the variants of bundled scenarios ride in it; the
 * rest (imported files, variants of the user's own scenarios) are named as missing.
 */
export function shareable(refs: readonly string[], lib: Library, bundled: readonly string[]): { carried: SharedEntry[]; missing: { ref: string; name: string; why: 'imported' | 'parent' | 'unknown' }[] } {
  const carried: SharedEntry[] = [];
  const missing: { ref: string; name: string; why: 'imported' | 'parent' | 'unknown' }[] = [];
  for (const ref of refs) {
    if (!ref.startsWith('u:')) continue;
    const e = lib.user.find((x) => x.id === ref.slice(2));
    if (!e) missing.push({ ref, name: ref, why: 'unknown' });
    else if (e.kind === 'imported') missing.push({ ref, name: e.name, why: 'imported' });
    else if (!bundled.includes(e.parent)) missing.push({ ref, name: e.name, why: 'parent' });
    else carried.push({ ref, parent: refOf(e.parent), name: e.name, override: e.override, levers: e.levers });
  }
  return { carried, missing };
}
