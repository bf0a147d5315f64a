/**
 * Node-only: limits checked on an XLSX workbook before exceljs loads it (issue #12). exceljs
 * inflates every part into memory and builds an object per cell, so a 1 MB zip bomb took
 * 1.3 GB and a cell flood ran out of memory. Here each part is inflated with a bounded
 * output (`zlib`'s `maxOutputLength`, so a header that lies about its size cannot help),
 * and the workbook is refused when it holds more than the limits below. A town register is
 * tens of kB with one row per town.
 */
import { inflateRawSync } from 'node:zlib';

/** Limits on a workbook `import` reads. */
export const WORKBOOK_LIMITS = {
  /** Sum of the uncompressed sizes of all parts. */
  uncompressedBytes: 100 * 1024 * 1024,
  /** Parts (files) in the archive. */
  parts: 2000,
  /** Worksheets. */
  sheets: 16,
  /** Rows of one worksheet (one town a row: 20,000 is several times every town in China). */
  rows: 20_000,
  /** Cells of all worksheets together. */
  cells: 1_000_000,
} as const;

/** Why a workbook is refused, in Chinese and English; null when it is within the limits. */
export interface WorkbookProblem {
  readonly zh: string;
  readonly en: string;
}

const problem = (zh: string, en: string): WorkbookProblem => ({ zh, en });
const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;
const notXlsx = problem('不是有效的 .xlsx 文件（ZIP 结构损坏）', 'not a valid .xlsx file (broken ZIP structure)');

interface Part {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressed: number;
  readonly size: number;
  readonly offset: number;
}

/** The central directory's entries, or null when the archive is not a plain (non-ZIP64) ZIP. */
function parts(buf: Buffer): Part[] | null {
  const from = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const out: Part[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLen = buf.readUInt16LE(at + 28);
    out.push({
      flags: buf.readUInt16LE(at + 8), method: buf.readUInt16LE(at + 10), compressed: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24), offset: buf.readUInt32LE(at + 42), name: buf.toString('utf8', at + 46, at + 46 + nameLen),
    });
    at += 46 + nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return out;
}

/** A part's bytes, inflated to at most `max` bytes; null when broken, encrypted or larger. */
function inflated(buf: Buffer, p: Part, max: number): Buffer | 'too-big' | null {
  if (p.compressed === 0xffffffff || p.size === 0xffffffff || (p.flags & 1) !== 0) return null;
  const h = p.offset;
  if (h + 30 > buf.length || buf.readUInt32LE(h) !== 0x04034b50) return null;
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  const data = buf.subarray(start, start + p.compressed);
  if (data.length !== p.compressed) return null;
  if (p.method === 0) return data.length > max ? 'too-big' : data;
  if (p.method !== 8) return null;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, max) });
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError ? 'too-big' : null;
  }
}

/** Occurrences of `needle` in `hay` (a worksheet's XML). */
function count(hay: Buffer, needle: string): number {
  const n = Buffer.from(needle);
  let c = 0;
  for (let i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + n.length)) c++;
  return c;
}

/** The first limit the workbook `bytes` exceeds, or null when exceljs may load it. */
export function workbookProblem(bytes: Uint8Array): WorkbookProblem | null {
  const L = WORKBOOK_LIMITS;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const list = parts(buf);
  if (list === null) return notXlsx;
  if (list.length > L.parts) return problem(`工作簿包含 ${list.length} 个部件，上限 ${L.parts}`, `the workbook has ${list.length} parts; the limit is ${L.parts}`);
  const sheets = list.filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p.name));
  if (sheets.length > L.sheets) return problem(`工作簿包含 ${sheets.length} 个工作表，上限 ${L.sheets}`, `the workbook has ${sheets.length} worksheets; the limit is ${L.sheets}`);
  let total = 0;
  let cells = 0;
  for (const p of list) {
    const body = inflated(buf, p, L.uncompressedBytes - total + 1);
    const tooBig = problem(`工作簿解压后超过 ${mb(L.uncompressedBytes)}（可能是压缩炸弹），拒绝读取`, `the workbook inflates to more than ${mb(L.uncompressedBytes)} (a zip bomb?); refused`);
    if (body === 'too-big') return tooBig;
    if (body === null) return notXlsx;
    total += body.length;
    if (total > L.uncompressedBytes) return tooBig;
    if (!sheets.includes(p)) continue;
    const rows = count(body, '<row');
    if (rows > L.rows) return problem(`工作表 ${p.name} 有 ${rows} 行，上限 ${L.rows} 行`, `worksheet ${p.name} has ${rows} rows; the limit is ${L.rows}`);
    cells += count(body, '<c ') + count(body, '<c>');
    if (cells > L.cells) return problem(`工作簿超过 ${L.cells} 个单元格`, `the workbook has more than ${L.cells} cells`);
  }
  return null;
}
