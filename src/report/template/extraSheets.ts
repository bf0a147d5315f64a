/**
 * The town register template's extra sheets (SPEC §2 "town"): KPI targets (`kpis`),
 * special bonds (`bonds`) and platform debt (`platform`), laid out by
 * `src/scenario/workbook/townExtras.ts`, with a list of the towns sheet's ids, a list of
 * repayment profiles and number validation on every value column.
 */
import type ExcelJS from 'exceljs';
import { REPAYMENTS } from '../../core/model/scenario.ts';
import { EXTRA_SHEETS } from '../../scenario/workbook/townExtras.ts';
import type { ExtraColumn, ExtraSheet } from '../../scenario/workbook/townExtras.ts';
import { FIRST_DATA_ROW, TEMPLATE_ROWS, TOWNS_SHEET } from '../../scenario/workbook/townColumns.ts';
import { columnLetter } from '../xlsx/tableSheet.ts';

function validationOf(kind: ExtraColumn['kind']): ExcelJS.DataValidation | null {
  const err = (error: string) => ({ showErrorMessage: true, error });
  switch (kind) {
    case 'town': return { type: 'list', allowBlank: true, formulae: [`${TOWNS_SHEET}!$A$${FIRST_DATA_ROW}:$A$${FIRST_DATA_ROW + TEMPLATE_ROWS - 1}`] };
    case 'repayment': return { type: 'list', allowBlank: true, formulae: [`"${REPAYMENTS.join(',')}"`], ...err('bullet / annuity / equal-principal') };
    case 'amount': return { type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], ...err('应为非负数 / a number ≥ 0') };
    case 'rate': return { type: 'decimal', operator: 'between', allowBlank: true, formulae: [-0.99, 1], ...err('应为小数，如 0.03 / a decimal such as 0.03') };
    case 'share': return { type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, 1], ...err('应为 0–1 的小数 / a share 0–1') };
    case 'year': return { type: 'whole', operator: 'between', allowBlank: true, formulae: [1990, 2150], ...err('应为 1990–2150 的年份 / a year 1990–2150') };
    case 'tenor': return { type: 'whole', operator: 'between', allowBlank: true, formulae: [1, 50], ...err('应为 1–50 年 / 1–50 years') };
    case 'slug': return null;
  }
}

/** Adds the `kpis`, `bonds` and `platform` sheets, headers and validations. */
export function writeExtraSheets(wb: ExcelJS.Workbook): void {
  for (const name of Object.keys(EXTRA_SHEETS) as ExtraSheet[]) {
    const ws = wb.addWorksheet(name);
    const cols: readonly ExtraColumn[] = EXTRA_SHEETS[name];
    cols.forEach((c, i) => {
      const zh = ws.getCell(1, i + 1), key = ws.getCell(2, i + 1);
      zh.value = c.zh;
      key.value = c.key;
      zh.font = { bold: true };
      key.font = { color: { argb: 'FF666666' }, size: 9 };
      for (const h of [zh, key]) h.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
      ws.getColumn(i + 1).width = Math.max(12, Math.min(30, c.zh.length * 2));
      const v = validationOf(c.kind);
      const col = columnLetter(i + 1);
      if (v) (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${col}${FIRST_DATA_ROW}:${col}${FIRST_DATA_ROW + TEMPLATE_ROWS - 1}`, v);
    });
    ws.views = [{ state: 'frozen', ySplit: 2, xSplit: 1 }];
  }
}
