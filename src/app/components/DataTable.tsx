/** A table of numbers in their units, with a CSV export (neutralised text cells, raw numbers). */
import type { ReactNode } from 'react';
import { formatValue, type Unit } from '../format.ts';
import { t, type Lang } from '../i18n.ts';
import { toCsv, type CsvCell } from '../io/csv.ts';
import { downloadText, safeFileName } from '../io/download.ts';

export function CsvButton({ header, rows, fileName, lang }: { header: readonly string[]; rows: readonly (readonly CsvCell[])[]; fileName: string; lang: Lang }) {
  return (
    <button type="button" className="small" onClick={() => downloadText(toCsv([header, ...rows]), `${safeFileName(fileName)}.csv`, 'text/csv;charset=utf-8')}>
      {t(lang, 'csv')}
    </button>
  );
}

export function DataTable({ header, rows, units, lang, fileName, caption, render }: {
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
  units: readonly (Unit | null)[];
  lang: Lang;
  fileName: string;
  caption: string;
  render?: (row: number, col: number, text: string) => ReactNode;
}) {
  return (
    <div className="table-wrap" tabIndex={0}>
      <table aria-label={caption}>
        <thead>
          <tr>{header.map((h, i) => <th key={i} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => {
                const u = units[j] ?? null;
                const text = typeof c === 'number' || c === null || c === undefined ? (u ? formatValue(c, u, lang) : c === null || c === undefined ? '—' : String(c)) : c;
                return <td key={j} className={u ? 'num' : undefined}>{render ? render(i, j, text) : text}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <CsvButton header={header} rows={rows} fileName={fileName} lang={lang} />
    </div>
  );
}
