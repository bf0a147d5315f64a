/** Formula-injection neutralising (SPEC §9) and the ZIP time fix behind reproducible XLSX bytes. */
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isFormulaLike, neutraliseText } from '../../src/report/format/neutralise.ts';
import { csvField } from '../../src/report/csv/buildCsv.ts';
import { dosDateTime, fixZipTimestamps } from '../../src/report/xlsx/zipTimestamps.ts';

describe('neutraliseText', () => {
  it.each(['=1+1', '+1', '-2', '@SUM(A1)', '\t=x', '\r=x', '=HYPERLINK("http://x","y")'])('prefixes %j with a quote', (s) => {
    expect(neutraliseText(s)).toBe(`'${s}`);
  });

  it('leaves other text alone, and never yields formula-like text (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const n = neutraliseText(s);
      expect(isFormulaLike(n)).toBe(false);
      expect(n === s || n === `'${s}`).toBe(true);
    }));
    expect(neutraliseText('从化温泉养生小镇')).toBe('从化温泉养生小镇');
  });

  it('csvField neutralises, then quotes commas, quotes and line breaks', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });
});

describe('fixZipTimestamps', () => {
  it('dates every entry to the given day and keeps the archive readable', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').getCell('A1').value = 1;
    const zip = new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
    const fixed = fixZipTimestamps(zip, '2026-11-26');
    const { date } = dosDateTime('2026-11-26');
    expect(date).toBe(((2026 - 1980) << 9) | (11 << 5) | 26);
    const view = new DataView(fixed.buffer, fixed.byteOffset, fixed.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(12, true)).toBe(date);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(fixed) as unknown as ArrayBuffer);
    expect(back.getWorksheet('x')!.getCell('A1').value).toBe(1);
    expect(() => fixZipTimestamps(new Uint8Array(40), '2026-11-26')).toThrow(/end-of-central-directory/);
  });
});
