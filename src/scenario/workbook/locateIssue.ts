/**
 * Points a scenario validation problem about a town at the workbook cell it came from:
 * `towns[13].land.plannedAreaKm2` → `towns!I16`. The longest field path recorded for the
 * town that the problem's path starts with wins; a problem about a whole object (e.g. a
 * missing stage) falls back to a cell inside it, then to the town's id cell.
 */
import type { ScenarioIssue } from '../issues.ts';
import type { TownDraft } from './readTownWorkbook.ts';
import { STAGES_SHEET, TOWNS_SHEET } from './townColumns.ts';

/** `towns[k].rest` → [k, rest]; null for problems elsewhere. */
export function townPath(path: string): [number, string] | null {
  const m = /^towns\[(\d+)\](?:\.(.*))?$/.exec(path);
  return m ? [Number(m[1]), m[2] ?? ''] : null;
}

/** The cell address for `rest` (a field path inside the town) in `draft`. */
export function cellFor(draft: TownDraft, rest: string): string {
  let best: string | null = null;
  let bestLen = -1;
  for (const [field, address] of draft.cells) {
    if ((rest === field || rest.startsWith(`${field}.`)) && field.length > bestLen) { best = address; bestLen = field.length; }
  }
  if (best) return best;
  for (const [field, address] of draft.cells) if (rest !== '' && field.startsWith(`${rest}.`)) return address;
  return draft.cells.get('id') ?? `${TOWNS_SHEET}!A${draft.row}`;
}

/**
 * Re-addresses `issue` to a cell when it concerns a town from the workbook; `townAt(k)`
 * maps the validated document's town index to its draft (null: not from the workbook).
 */
export function locateIssue(issue: ScenarioIssue, townAt: (k: number) => TownDraft | null): ScenarioIssue {
  const tp = townPath(issue.path);
  const draft = tp ? townAt(tp[0]) : null;
  if (!tp || !draft) return issue;
  const address = cellFor(draft, tp[1]);
  const { file: _file, ...rest } = issue;
  // a stage year that was never given has no cell: say where it belongs
  const hint = tp[1].startsWith('stages') && !address.startsWith(STAGES_SHEET)
    ? { zh: `${rest.zh}（在 ${STAGES_SHEET} 表为该小镇补一行）`, en: `${rest.en} (add a row for this town on sheet ${STAGES_SHEET})` }
    : {};
  return { ...rest, ...hint, path: tp[1] === '' ? address : `${address} (${tp[1]})` };
}
