/**
 * Assumptions: the resolved scenario (after `extends`, defaults filled) as path → value
 * rows, so a printed report shows every input it was computed from (SPEC §2). Inputs are
 * shown unrounded; text from the file is user text (neutralised in spreadsheets).
 */
import type { Scenario } from '../../../core/model/scenario.ts';
import { buildTable, labelCol, valueCol } from '../table.ts';
import { anyEnumLabel } from '../../../core/labels/enumLabels.ts';
import type { Row, Table } from '../types.ts';

/** Leaves of a plain data tree as `[path, value]`, paths as in validation messages (`towns[3].land.x`). */
export function flattenLeaves(value: unknown, path = ''): Array<[string, string | number | boolean | null]> {
  if (value === null || value === undefined) return [[path, null]];
  if (Array.isArray(value)) {
    if (value.length === 0) return [[path, '[]']];
    return value.flatMap((v, i) => flattenLeaves(v, `${path}[${i}]`));
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return [[path, '{}']];
    return entries.flatMap(([k, v]) => flattenLeaves(v, path === '' ? k : `${path}.${k}`));
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return [[path, value]];
  return [[path, String(value)]];
}

/** The resolved scenario as `path = value` rows, numbers unrounded (`raw`). */
export function assumptionsTable(scenario: Scenario, decimals: number): Table {
  const rows = flattenLeaves(scenario).map(([path, v]): Row => ({
    metric: path,
    unit: typeof v === 'number' ? 'raw' : 'text',
    cells: [path, typeof v === 'boolean' ? String(v) : typeof v === 'string' ? (anyEnumLabel(v) ?? v) : v],
  }));
  return buildTable({
    id: 'assumptions',
    title: { zh: '假设（解析后的情景）', en: 'Assumptions (the resolved scenario)' },
    subject: { kind: 'scenario', id: scenario.id },
    columns: [labelCol('path', '参数路径', 'Parameter path'), valueCol('value', '取值', 'Value', 'text', { userText: true })],
    rows,
  }, decimals);
}
