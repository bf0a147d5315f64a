/**
 * The engine outputs pinned by `engine.golden.test.ts`: the result JSON of every bundled
 * scenario and of a 200-town synthetic scenario, each as a SHA-256 of its bytes (the files
 * themselves are 0.1–16 MB, too large for git). Regenerate the pinned hashes with
 * `npx tsx tests/core/golden/engineOutputs.ts --write` only when an output change is
 * intended (a new rule, a new figure), and say so in the commit.
 */
import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenarioFile } from '../../../src/scenario/loadFile.ts';
import { simulate } from '../../../src/core/simulate.ts';
import { syntheticScenario } from '../../bench/synthetic.ts';

/** Where the pinned hashes live (next to this module). */
export const GOLDEN_FILE = fileURLToPath(new URL('./engineHashes.json', import.meta.url));

/** SHA-256 (hex) and byte length of a result's JSON. */
function digest(json: string): { sha256: string; bytes: number } {
  return { sha256: createHash('sha256').update(json).digest('hex'), bytes: Buffer.byteLength(json) };
}

/** Name → digest of the result JSON of every bundled scenario and the 200-town synthetic one. */
export async function engineOutputs(): Promise<Record<string, { sha256: string; bytes: number }>> {
  const out: Record<string, { sha256: string; bytes: number }> = {};
  for (const f of readdirSync('scenarios').filter((x) => x.endsWith('.yaml')).sort()) {
    const loaded = await loadScenarioFile(`scenarios/${f}`);
    if (!loaded.ok) throw new Error(`${f}: ${loaded.issues.map((i) => i.en).join('; ')}`);
    out[f] = digest(JSON.stringify(simulate(loaded.scenario, { hash: loaded.hash })));
  }
  const synthetic = syntheticScenario({ towns: 200, years: 30, pppProjects: 40, funds: 8 });
  out['synthetic-200x30'] = digest(JSON.stringify(simulate(synthetic, { hash: 'synthetic' })));
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--write')) {
  writeFileSync(GOLDEN_FILE, `${JSON.stringify(await engineOutputs(), null, 2)}\n`);
  console.log(`wrote ${GOLDEN_FILE}`);
}
