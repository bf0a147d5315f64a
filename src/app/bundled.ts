/**
 * The Guangzhou scenarios bundled with the dashboard: every `scenarios/*.yaml` is read at
 * build time as text and resolved in the browser with the same loader as the CLI (SPEC §2),
 * `extends` included.
 */
import { resolveScenario, type Resolved } from '../scenario/resolve.ts';

const files = import.meta.glob('../../scenarios/*.{yaml,yml,json}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Bundled files by virtual path `/scenarios/<name>`. */
const texts: ReadonlyMap<string, string> = new Map(Object.entries(files).map(([k, v]) => [`/scenarios/${k.split('/').pop() ?? k}`, v] as const));

export interface BundledScenario {
  readonly path: string;
  readonly result: Resolved;
}

/** Every bundled scenario file except the JSON Schema, resolved and validated, by file name. */
export async function loadBundledScenarios(): Promise<BundledScenario[]> {
  const read = async (p: string): Promise<string> => {
    const t = texts.get(p);
    if (t === undefined) throw new Error(`not bundled: ${p}`);
    return t;
  };
  const paths = [...texts.keys()].filter((p) => !p.endsWith('schema.json')).sort();
  return Promise.all(paths.map(async (path) => ({ path, result: await resolveScenario(path, read) })));
}
