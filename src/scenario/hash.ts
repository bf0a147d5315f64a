/**
 * The scenario's content hash (SPEC §2): sha256 of a canonical JSON of the validated
 * scenario, so a printed report traces to its inputs. Canonical = keys sorted, numbers
 * in JavaScript's shortest round-trip form (after validation `1.5`, `1.50` and `"1.5"` are
 * all the number 1.5), −0 written as 0, integers without `.0`. Browser-safe.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Scenario } from '../core/model/scenario.ts';

function canonicalNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`canonicalJson: non-finite number ${n} cannot be hashed`);
  return Object.is(n, -0) ? '0' : JSON.stringify(n);
}

/**
 * Canonical JSON text of plain data: objects with keys sorted by code unit, `undefined`
 * properties left out (as JSON does), arrays in order, numbers canonical. Throws on
 * NaN/Infinity, which validated data never holds.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'number':
      return canonicalNumber(value);
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v: unknown) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    default:
      throw new Error(`canonicalJson: cannot encode a ${typeof value}`);
  }
}

/** sha256 hex of `canonicalJson(scenario)` (SPEC §2 "content hash"). */
export function scenarioHash(scenario: Scenario): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(scenario))));
}
