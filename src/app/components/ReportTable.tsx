/** A table of the report model (src/report, issue #7) in the page: the same rounded, footing cells as the files. */
import { bilingual, cellText } from '../../report/format/cellText.ts';
import { cellUnit } from '../../report/model/table.ts';
import type { Row, Table } from '../../report/model/types.ts';
import type { Lang } from '../i18n.ts';

export function ReportTable({ table, lang, decimals = 2 }: { table: Table; lang: Lang; decimals?: number }) {
  const line = (r: Pick<Row, 'cells' | 'unit'>) => table.columns.map((c, i) => {
    const unit = cellUnit(c, r);
    return { text: cellText(r.cells[i] ?? null, unit, decimals, { lang }), num: c.role === 'value' && unit !== 'text' };
  });
  return (
    <div className="table-wrap" data-table={table.id}>
      <h3>{bilingual(table.title, lang)}</h3>
      <table aria-label={bilingual(table.title, lang)}>
        <thead><tr>{table.columns.map((c) => <th key={c.key} scope="col">{bilingual(c.label, lang)}</th>)}</tr></thead>
        <tbody>
          {table.rows.map((r, k) => <tr key={k}>{line(r).map((c, j) => <td key={j} className={c.num ? 'num' : undefined}>{c.text}</td>)}</tr>)}
          {table.total && <tr className="total">{line({ cells: table.total }).map((c, j) => <td key={j} className={c.num ? 'num' : undefined}><strong>{c.text}</strong></td>)}</tr>}
        </tbody>
      </table>
      {table.note && <p className="muted">{bilingual(table.note, lang, ' / ')}</p>}
    </div>
  );
}
