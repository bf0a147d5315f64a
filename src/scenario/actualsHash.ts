/**
 * Content hash of a scenario's `actuals` section alone (SPEC §12: the settlement sheet
 * carries the hash of the scenario and of its actuals), in the canonical form of
 * `hash.ts`, so two settlements from the same reported figures show the same hash even
 * when the rest of the scenario moved. Browser-safe.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Actuals } from '../core/model/actuals.ts';
import { canonicalJson } from './hash.ts';

/** sha256 hex of `canonicalJson(actuals)`; of `null` when the scenario has none. */
export function actualsHash(actuals: Actuals | undefined): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(actuals ?? null))));
}
