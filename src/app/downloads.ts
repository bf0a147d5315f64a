/**
 * Files the built dashboard serves for download (issue #16), emitted at build by
 * `src/tools/vitePublicFiles.ts` from their one source: the bundled scenario files (from
 * `scenarios/`) and the fill-in town register workbook (`townfisc template`'s builder).
 */

/** Folder of the scenario files in the built site. */
export const SCENARIO_DIR = 'scenarios';
/** The town register workbook in the built site. */
export const TEMPLATE_FILE = 'templates/townfisc-towns.xlsx';

/** URL of a bundled scenario's file (`/scenarios/guangzhou-baseline.yaml` → `<base>scenarios/guangzhou-baseline.yaml`), null for user scenarios. */
export function scenarioFileUrl(path: string, base: string = import.meta.env.BASE_URL): string | null {
  const m = /^\/scenarios\/([^/]+)$/.exec(path);
  return m ? `${base}${SCENARIO_DIR}/${m[1]}` : null;
}

/** URL of the town register workbook. */
export function templateUrl(base: string = import.meta.env.BASE_URL): string {
  return `${base}${TEMPLATE_FILE}`;
}
