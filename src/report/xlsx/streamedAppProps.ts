/**
 * docProps/app.xml of the streamed workbook with its company (编制单位) and manager (issue #18
 * "document properties filled"). exceljs 4.4's `stream.xlsx.WorkbookWriter.addApp` renders
 * the extended properties from the worksheets alone, so `company` set on the writer never
 * reaches the file (the in-memory `Workbook` passes it). This replaces the instance's
 * `addApp` with one that hands exceljs's own `AppXform` the same model plus `company` and
 * `manager` — the XML is still exceljs's. Node only, like the streaming writer.
 */
import { createRequire } from 'node:module';

interface AppModel { worksheets: unknown[]; company: string; manager?: string }
interface AppXformLike { toXml(model: AppModel): string }
/** The parts of exceljs's streaming writer this patch reads (exceljs 4.4, `lib/stream/xlsx/workbook-writer.js`). */
interface WriterInternals {
  _worksheets: unknown[];
  zip: { append(data: string, options: { name: string }): void };
  addApp(): Promise<void>;
}

const require = createRequire(import.meta.url);

/** Makes `writer` write `company` (and `manager` when given) into docProps/app.xml at commit. */
export function writeAppProperties(writer: object, company: string, manager?: string): void {
  const AppXform = require('exceljs/lib/xlsx/xform/core/app-xform.js') as new () => AppXformLike;
  const w = writer as WriterInternals;
  if (typeof w.addApp !== 'function' || !Array.isArray(w._worksheets)) {
    throw new Error('exceljs WorkbookWriter changed: addApp/_worksheets not found (see src/report/xlsx/streamedAppProps.ts)');
  }
  w.addApp = () => {
    const xml = new AppXform().toXml({ worksheets: w._worksheets.filter(Boolean), company, ...(manager === undefined ? {} : { manager }) });
    w.zip.append(xml, { name: 'docProps/app.xml' });
    return Promise.resolve();
  };
}
