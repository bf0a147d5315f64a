/**
 * The printed PDF (issue #18) read back with pdftotext: it opens on the cover and the
 * conclusions; each table's total row appears once, at its end (a `<tfoot>` used to repeat
 * at every page break); a 财承 table stays on one page; a table longer than a page repeats
 * its header on every page; the document has bookmarks (an outline) and embedded TrueType
 * fonts, no Type 3.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHtml, HTML_OMITTED_TABLES } from '../../src/report/html/buildHtml.ts';
import { chartJsSource } from '../../src/report/chartJsSource.ts';
import { printPdf } from '../../src/report/pdf/printPdf.ts';
import { TOTAL_LABEL } from '../../src/report/model/table.ts';
import type { ReportModel, Table } from '../../src/report/model/types.ts';
import { chromiumPath, skipBrowserTests } from '../support/chromium.ts';
import { hasPdftotext, pdfText } from './formatText.ts';
import { BASELINE, model } from './support.ts';

/** True when fontconfig knows the TrueType CJK face the print style asks for first. */
const hasTrueTypeCjk = (() => {
  try {
    return execFileSync('fc-list', ['WenQuanYi Micro Hei'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
})();
if (!hasTrueTypeCjk) console.warn('⚠ fonts-wqy-microhei missing: the PDF fonts test is skipped (it fails under CI=true) / 未安装 fonts-wqy-microhei');

/** The fonts of a PDF as pdffonts lists them: type and whether embedded. */
function pdfFonts(pdf: Uint8Array): { type: string; embedded: boolean }[] {
  const dir = mkdtempSync(join(tmpdir(), 'tf-fonts-'));
  const file = join(dir, 'r.pdf');
  writeFileSync(file, pdf);
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  // columns: name, type (may hold spaces), encoding, emb, sub, uni, object, id — read from the right
  return out.split('\n').slice(2).filter((l) => l.trim() !== '').map((l) => {
    const cols = l.trim().split(/\s+/);
    const embedded = cols.at(-5) === 'yes';
    return { type: l.slice(37, 55).trim(), embedded };
  });
}

/** Each printed table's text, from its title to the next table's title, in order. */
function segments(text: string, tables: readonly Table[]): Array<{ table: Table; text: string }> {
  const found: Array<{ table: Table; at: number }> = [];
  let from = text.indexOf('主要结论');
  for (const t of tables) {
    const at = text.indexOf(t.title.zh, from);
    expect(at, `title of ${t.id} printed`).toBeGreaterThan(-1);
    found.push({ table: t, at });
    from = at + t.title.zh.length;
  }
  return found.map((f, i) => ({ table: f.table, text: text.slice(f.at, found[i + 1]?.at ?? text.length) }));
}

/** A printed total row: its label (合计) begins the line; column headers such as 支出责任合计 do not. */
// spaces only, not \s: with `m`, \s* would start the match on the blank line above the total
const TOTAL_LINE = new RegExp(`^[ \\t]*${TOTAL_LABEL.zh}([ \\t]|$)`, 'm');
const totalRows = (s: string) => s.split('\n').filter((l) => TOTAL_LINE.test(l)).length;
const totalAt = (s: string) => s.search(TOTAL_LINE);

describe.skipIf(skipBrowserTests() || !hasPdftotext)('PDF pagination (Chromium, pdftotext)', () => {
  let m: ReportModel;
  let pdf: Uint8Array;
  let text: string;
  beforeAll(async () => {
    m = await model([BASELINE]);
    pdf = await printPdf(buildHtml(m, { chartJs: chartJsSource() }), { footer: 'pagination', executablePath: chromiumPath ?? undefined });
    text = pdfText(pdf);
  }, 120_000);

  it('opens on the cover (编制单位, report number, 示意数据, sign block), then 主要结论', () => {
    const pages = text.split('\f');
    expect(pages[0]).toContain('编制单位');
    expect(pages[0]).toContain(m.meta.reportNumber);
    expect(pages[0]).toContain('示意数据');
    for (const role of ['编制', '审核', '签发']) expect(pages[0]).toContain(role);
    expect(pages[1]).toContain('主要结论');
    // the screen header (date · engine · unit) is not printed: the conclusions page opens on its heading
    expect(pages[1]!.trimStart().startsWith('主要结论'), pages[1]!.slice(0, 80)).toBe(true);
  });

  it('prints each table\'s total row once, at the end of the table', () => {
    const printed = m.sections[0]!.tables.filter((t) => !HTML_OMITTED_TABLES.includes(t.id));
    for (const { table, text: seg } of segments(text, printed)) {
      expect(totalRows(seg), `${table.id}: total rows`).toBe(table.total ? 1 : 0);
      if (!table.total) continue;
      // nothing but the last body row's data follows the total: the next data row would be a second line of numbers
      const after = seg.slice(totalAt(seg)).split('\n').slice(1).filter((l) => /\d{1,3}(,\d{3})*\.\d{2}\s+\d/.test(l));
      expect(after, `${table.id}: rows after the total`).toEqual([]);
    }
  });

  it('keeps every 财承 table on one page', () => {
    const caicheng = m.sections[0]!.tables.filter((t) => t.id.startsWith('caicheng-'));
    expect(caicheng.length).toBe(8);
    for (const { table, text: seg } of segments(text, m.sections[0]!.tables.filter((t) => !HTML_OMITTED_TABLES.includes(t.id)))) {
      if (!table.id.startsWith('caicheng-')) continue;
      expect(seg.slice(0, totalAt(seg)).includes('\f'), `${table.id} split across pages`).toBe(false);
    }
  });

  it('repeats the header of a table longer than a page on every page', () => {
    const seg = segments(text, m.sections[0]!.tables.filter((t) => !HTML_OMITTED_TABLES.includes(t.id))).find((s) => s.table.id === 'town-exposure')!.text;
    const pages = seg.split('\f').filter((p) => /\d{4}\s+[\d,]+\.\d{2}/.test(p));
    expect(pages.length).toBeGreaterThan(2);
    for (const p of pages) expect(p).toContain('专项债');
  });

  it('prints 主要假设 and not the raw parameter dump (66 pages with the dump, 38 without it on 2026-11-29)', () => {
    expect(text).toContain('主要假设');
    expect(text).not.toContain('参数路径');
    expect(text).not.toMatch(/towns\[\d+\]\./);
    // the dump alone took 28 of 66 pages; the whole baseline report now prints in well under 50
    expect(text.split('\f').length - 1).toBeLessThan(50);
  });

  // Fonts (issue #18 "embedded (not Type 3) fonts where Chromium allows"): Chromium makes
  // CFF-based CJK fonts (Noto Sans CJK) Type 3; with a TrueType CJK face installed (.ci/run
  // installs fonts-wqy-microhei) every font is an embedded subset, none Type 3.
  it.skipIf(!hasTrueTypeCjk && !process.env.CI)('embeds its fonts as TrueType subsets, no Type 3 (needs fonts-wqy-microhei)', () => {
    expect(hasTrueTypeCjk, 'fonts-wqy-microhei is not installed (.ci/run installs it)').toBe(true);
    const rows = pdfFonts(pdf);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.type === 'Type 3')).toEqual([]);
    expect(rows.every((r) => r.embedded)).toBe(true);
  });

  it('carries bookmarks (a document outline)', () => {
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/Outlines\s+\d+ 0 R/);
  });
});
