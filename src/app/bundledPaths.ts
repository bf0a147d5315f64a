/**
 * The bundled scenario paths, known to the page without their texts (those are parsed in the
 * worker): the baseline first, then by file name.
 */
const files = import.meta.glob(['../../scenarios/*.{yaml,yml,json}', '!../../scenarios/schema.json'], { query: '?raw', import: 'default' });

export const BASELINE_PATH = '/scenarios/guangzhou-baseline.yaml';

export const bundledPaths: readonly string[] = Object.keys(files)
  .map((k) => `/scenarios/${k.split('/').pop() ?? k}`)
  .filter((p) => !p.endsWith('schema.json'))
  .sort((a, b) => (a === BASELINE_PATH ? -1 : b === BASELINE_PATH ? 1 : a.localeCompare(b)));
