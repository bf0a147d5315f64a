/**
 * Engine refactors change no output byte (issue #12 "Engine"; SPEC §2 determinism): the
 * result JSON of every bundled scenario and of a 200-town synthetic scenario hashes to the
 * value pinned in `engineHashes.json` (generated from the engine before the refactor).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { engineOutputs, GOLDEN_FILE } from './engineOutputs.ts';

describe('engine outputs (golden hashes)', () => {
  it('every bundled scenario and the 200-town synthetic one give the pinned result JSON', async () => {
    const pinned = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as Record<string, { sha256: string; bytes: number }>;
    const now = await engineOutputs();
    expect(Object.keys(now).sort()).toEqual(Object.keys(pinned).sort());
    for (const [name, d] of Object.entries(pinned)) expect({ name, ...now[name] }).toEqual({ name, ...d });
  }, 120_000);
});
