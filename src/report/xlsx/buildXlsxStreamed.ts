/**
 * The XLSX report written by exceljs's streaming WorkbookWriter (issue #12): each row is
 * written out and released as soon as it is complete, and the archive is compressed by
 * Node's zlib, so a 2,000-town report needs a fraction of the memory and time of the
 * in-memory workbook. Same sheets, cells, formulas and styles as `buildXlsx` (both go
 * through `writeReportSheets`); the same model on the same date gives the same bytes.
 * Node only (exceljs's streaming writer uses Node streams); the dashboard uses `buildXlsx`.
 */
import ExcelJS from 'exceljs';
import type { ReportModel } from '../model/types.ts';
import { workbookProperties, writeReportSheets } from './buildXlsx.ts';
import { fixZipTimestamps } from './zipTimestamps.ts';
import { writeAppProperties } from './streamedAppProps.ts';

/** The workbook's bytes. */
export async function buildXlsxStreamed(model: ReportModel): Promise<Uint8Array> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    ...workbookProperties(model),
    useStyles: true,
    useSharedStrings: true,
    zip: { zlib: { level: 6 } },
  } as Partial<ExcelJS.stream.xlsx.WorkbookWriterOptions>);
  // the writer's constructor keeps only creator and dates; the core properties are read from it at commit
  const props = workbookProperties(model);
  Object.assign(wb, props);
  // …but app.xml's company only through this patch (exceljs 4.4 leaves it out when streaming)
  writeAppProperties(wb, props.company);
  writeReportSheets(wb, model);
  await wb.commit();
  // Without a file or stream option the writer collects the archive in memory (a StreamBuf).
  const zip = (wb as unknown as { stream: { read(): Uint8Array } }).stream.read();
  return fixZipTimestamps(new Uint8Array(zip.buffer, zip.byteOffset, zip.byteLength), model.meta.generatedAt);
}
