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

/** `JSON.stringify(key)`, memoised: a scenario repeats a few hundred distinct keys many times. */
const keyText = new Map<string, string>();
function quotedKey(k: string): string {
  let q = keyText.get(k);
  if (q === undefined) {
    q = JSON.stringify(k);
    if (keyText.size < 10_000) keyText.set(k, q);
  }
  return q;
}

/** True for an array of finite numbers only (a series): its canonical text is `JSON.stringify`'s. */
function finiteNumbers(a: readonly unknown[]): boolean {
  for (const v of a) if (typeof v !== 'number' || !Number.isFinite(v)) return false;
  return a.length > 0;
}

/** The text written so far (string concatenation: V8 builds a rope, flattened once at the end). */
interface Out {
  s: string;
}

/** Appends the canonical JSON of `value` to `out` (one pass, no intermediate strings per level). */
function write(value: unknown, out: Out): void {
  if (value === null) {
    out.s += 'null';
    return;
  }
  switch (typeof value) {
    case 'number':
      out.s += canonicalNumber(value);
      return;
    case 'string':
    case 'boolean':
      out.s += JSON.stringify(value);
      return;
    case 'object': {
      if (Array.isArray(value)) {
        // JSON.stringify writes finite numbers in the same shortest round-trip form, −0 as 0.
        if (finiteNumbers(value)) {
          out.s += JSON.stringify(value);
          return;
        }
        out.s += '[';
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out.s += ',';
          const v: unknown = value[i];
          if (v === undefined) out.s += 'null';
          else write(v, out);
        }
        out.s += ']';
        return;
      }
      const obj = value as Record<string, unknown>;
      // Default sort compares UTF-16 code units, as the canonical form requires.
      const keys = Object.keys(obj).sort();
      out.s += '{';
      let first = true;
      for (const k of keys) {
        const v = obj[k];
        if (v === undefined) continue;
        out.s += first ? `${quotedKey(k)}:` : `,${quotedKey(k)}:`;
        first = false;
        write(v, out);
      }
      out.s += '}';
      return;
    }
    default:
      throw new Error(`canonicalJson: cannot encode a ${typeof value}`);
  }
}

/**
 * Canonical JSON text of plain data: objects with keys sorted by code unit, `undefined`
 * properties left out (as JSON does), arrays in order, numbers canonical. Throws on
 * NaN/Infinity, which validated data never holds.
 */
export function canonicalJson(value: unknown): string {
  const out: Out = { s: '' };
  write(value, out);
  return out.s;
}

/** sha256 hex of `canonicalJson(scenario)` (SPEC §2 "content hash"). */
export function scenarioHash(scenario: Scenario): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(scenario))));
}
