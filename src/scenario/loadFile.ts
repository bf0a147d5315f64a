/**
 * Node-only: loads a scenario file from disk with its `extends` chain (SPEC §2, §10 CLI).
 * The only module of `src/scenario/` that touches the file system; everything else is
 * browser-safe and reused by the dashboard.
 */
import { resolve } from 'node:path';
import { readRegularText } from './fileGuard.ts';
import { resolveScenario } from './resolve.ts';
import type { Resolved } from './resolve.ts';

/** Reads, resolves, validates and hashes the scenario at `path` (relative to the working directory). */
export async function loadScenarioFile(path: string): Promise<Resolved> {
  const absolute = resolve(path).replace(/\\/g, '/');
  // Regular files only, size-capped (issue #12): the entry file and every `extends`.
  return resolveScenario(absolute, (p) => readRegularText(p));
}
