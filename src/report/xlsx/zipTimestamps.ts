/**
 * Fixes the modification time of every entry of a ZIP archive (an XLSX file), so the same
 * report on the same date gives the same bytes (issue #7: `--date` / `SOURCE_DATE_EPOCH`
 * reproduce bytes). exceljs stamps entries with the clock; this rewrites the MS-DOS date
 * and time fields of the central directory and of each local header (APPNOTE 4.3.7, 4.3.12).
 * CRCs and sizes are unaffected.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** MS-DOS date and time of midnight UTC on an ISO date (`YYYY-MM-DD`, years 1980–2107). */
export function dosDateTime(isoDate: string): { date: number; time: number } {
  const [y = 1980, m = 1, d = 1] = isoDate.split('-').map(Number);
  const year = Math.min(Math.max(y, 1980), 2107);
  return { date: ((year - 1980) << 9) | (m << 5) | d, time: 0 };
}

/** A copy of `zip` with every entry dated `isoDate` 00:00. @throws Error when `zip` is not a ZIP archive. */
export function fixZipTimestamps(zip: Uint8Array, isoDate: string): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const { date, time } = dosDateTime(isoDate);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('fixZipTimestamps: no end-of-central-directory record');
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let k = 0; k < entries; k++) {
    if (view.getUint32(p, true) !== CENTRAL) throw new Error('fixZipTimestamps: bad central directory entry');
    view.setUint16(p + 12, time, true);
    view.setUint16(p + 14, date, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('fixZipTimestamps: bad local header');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}
