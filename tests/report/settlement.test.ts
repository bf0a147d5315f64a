/**
 * The settlement sheet's formats (SPEC §12): header and sign-off in every format, the
 * hashes on every page, a PDF through Chromium that carries the scenario hash.
 */
import { describe, expect, it } from 'vitest';
import { buildSettlement } from '../../src/core/actuals/settlement/index.ts';
import { simulate } from '../../src/core/simulate.ts';
import { settlementHtml } from '../../src/report/settlement/html.ts';
import { settlementMarkdown } from '../../src/report/settlement/markdown.ts';
import { renderSettlement } from '../../src/report/settlement/render.ts';
import { settlementTables } from '../../src/report/settlement/tables.ts';
import { loadScenarioFile } from '../../src/scenario/loadFile.ts';
import { chromiumPath, skipBrowserTests } from '../support/chromium.ts';

const loaded = await loadScenarioFile('scenarios/guangzhou-actuals-2026.yaml');
if (!loaded.ok) throw new Error('bundled actuals');
const s = buildSettlement(loaded.scenario, simulate(loaded.scenario, { hash: loaded.hash }), { year: 2026, hash: loaded.hash, actualsHash: 'a'.repeat(64) });
const opts = { decimals: 2, date: '2027-04-30' };

describe('settlement sheet formats (SPEC §12)', () => {
  it('Markdown: header, every table, the sign-off lines and the hashes', () => {
    const md = settlementMarkdown(s, opts);
    for (const text of ['资金名称', '预算科目', '预算指标文号', '政策依据', '考核测评文件', '版本 Version: 初稿', loaded.hash, 'a'.repeat(64)]) expect(md).toContain(text);
    for (const l of ['经办人', '复核人', '科室负责人', '分管局领导', '市发展改革委（会签）']) expect(md).toContain(l);
    expect(md.match(/^### /gm)).toHaveLength(settlementTables(s, 2).length + 1);
  });

  it('HTML (the PDF source): the same tables, a title with the hash, ready to print at once', () => {
    const html = settlementHtml(s, opts);
    expect(html).toContain(`· ${loaded.hash}</title>`);
    expect(html).toContain('window.__chartsReady = true');
    expect(html.match(/<table/g)).toHaveLength(settlementTables(s, 2).length + 1);
  });

  it('XLSX: the same settlement on the same date gives the same bytes', async () => {
    const { settlementXlsx } = await import('../../src/report/settlement/xlsx.ts');
    const [a, b] = [await settlementXlsx(s, opts), await settlementXlsx(s, opts)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('every table foots: the total row is the sum of the displayed rows', () => {
    for (const t of settlementTables(s, 2)) {
      if (!t.total) continue;
      t.columns.forEach((c, i) => {
        if (!c.total) return;
        const sum = t.rows.reduce((acc, r) => acc + (typeof r.cells[i] === 'number' ? (r.cells[i] as number) * 100 : 0), 0);
        expect(Math.round((t.total![i] as number) * 100), `${t.id}.${c.key}`).toBe(Math.round(sum));
      });
    }
  });
});

describe.skipIf(skipBrowserTests())('settlement PDF (Chromium)', () => {
  it('prints several A4 pages, the document titled with the scenario hash (the footer repeats it on every page)', async () => {
    expect(chromiumPath).not.toBeNull();
    const pdf = await renderSettlement(s, 'pdf', opts) as Uint8Array;
    const text = Buffer.from(pdf).toString('latin1');
    expect(text.startsWith('%PDF')).toBe(true);
    expect((text.match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length).toBeGreaterThan(1);
    const hex = /\/Title\s*<FEFF([0-9A-Fa-f]*)>/.exec(text);
    expect(hex ? Buffer.from(hex[1]!, 'hex').swap16().toString('utf16le') : '').toContain(loaded.hash);
  }, 60_000);
});
