/**
 * The Guangzhou scenarios bundled with the dashboard: every `scenarios/*.yaml` is read at
 * build time as text; the worker resolves them with the same loader as the CLI (SPEC §2),
 * `extends` included. The JSON Schema file is not a scenario.
 */
const files = import.meta.glob(['../../scenarios/*.{yaml,yml,json}', '!../../scenarios/schema.json'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Bundled files by virtual path `/scenarios/<name>`. */
export const bundledTexts: ReadonlyMap<string, string> = new Map(
  Object.entries(files)
    .map(([k, v]) => [`/scenarios/${k.split('/').pop() ?? k}`, v] as const)
    .filter(([p]) => !p.endsWith('schema.json')),
);
