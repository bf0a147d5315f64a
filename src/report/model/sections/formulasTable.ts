/**
 * 计算口径 The formulas table (issue #18 "Formulas stated beside the figures"): every
 * formula of the catalog (`../formulas.ts`) with what it includes and excludes, its
 * documents and the section of docs/methodology.md, in every format. The same text
 * appears in the notes of the tables whose figures a formula produces.
 */
import { formulas, METHODOLOGY } from '../formulas.ts';
import { buildTable, labelCol } from '../table.ts';
import type { Table } from '../types.ts';
import type { SectionContext } from './context.ts';

/** One row per formula. */
export function formulasTable({ result, decimals }: SectionContext): Table {
  return buildTable({
    id: 'formulas',
    title: { zh: '计算口径', en: 'How the figures are computed' },
    subject: { kind: 'scenario', id: result.scenario.id },
    columns: [
      labelCol('figure', '指标', 'Figure'),
      labelCol('formula', '公式', 'Formula'),
      labelCol('includes', '包括', 'Includes'),
      labelCol('excludes', '不包括', 'Excludes'),
      labelCol('documents', '依据文件', 'Documents'),
      labelCol('methodology', '方法说明', 'Methodology'),
    ],
    rows: formulas(result).map((f) => ({
      metric: f.id,
      cells: [f.name, f.formula, f.includes, f.excludes, f.documents, `${METHODOLOGY}#${f.anchor}`],
    })),
    note: {
      zh: `现行规则线取自本情景实际适用的数值（见「主要假设」表）；完整方法说明见 ${METHODOLOGY}。`,
      en: `Lines are those this scenario was judged against (see Key assumptions); the full methods are in ${METHODOLOGY}.`,
    },
  }, decimals);
}
