/**
 * The report's first pages (issue #18): a cover a 财政局 can file — title, 编制单位, report
 * number, date, the 示意数据 marking when the data are illustrative, the scenarios with their
 * hashes, and the 编制/审核/签发 signature block — then 主要结论, the conclusions in words.
 */
import { bilingual, labelLines } from '../format/cellText.ts';
import type { ReportModel } from '../model/types.ts';
import { escapeHtml } from './escape.ts';

/** The report's title in both languages; several scenarios name the reference scenario. */
export function reportTitle(model: ReportModel): { zh: string; en: string } {
  const ref = model.sections[0]?.scenario;
  if (model.sections.length > 1 && ref) {
    return { zh: `特色小镇财政模拟对比报告（参照情景：${ref.name}）`, en: `Town fiscal comparison report (reference: ${ref.id})` };
  }
  return { zh: '特色小镇财政模拟报告', en: 'Town fiscal report' };
}

/** The signature block's roles. */
export const SIGN_ROLES = [{ zh: '编制', en: 'Prepared by' }, { zh: '审核', en: 'Reviewed by' }, { zh: '签发', en: 'Approved by' }] as const;

/** The cover page. */
export function coverHtml(model: ReportModel): string {
  const { lang, generatedAt, organisation, reportNumber, illustrative } = model.meta;
  const [title, sub] = labelLines(reportTitle(model), lang);
  const rows: Array<[string, string]> = [
    [bilingual({ zh: '编制单位', en: 'Prepared by (organisation)' }, lang), organisation],
    [bilingual({ zh: '报告编号', en: 'Report number' }, lang), reportNumber],
    [bilingual({ zh: '编制日期', en: 'Date' }, lang), generatedAt],
    ...model.sections.map((s, i): [string, string] => [
      bilingual({ zh: i === 0 ? '情景' : `情景${i + 1}`, en: i === 0 ? 'Scenario' : `Scenario ${i + 1}` }, lang),
      `${s.scenario.name}（${s.scenario.id}，哈希 hash ${s.scenario.hash.slice(0, 16)}）`,
    ]),
  ];
  const mark = illustrative
    ? `<p class="illustrative">${escapeHtml(bilingual({ zh: '示意数据：本报告所用数据为示意数据，不代表实际财政状况。', en: 'Illustrative data: not the actual fiscal position.' }, lang))}</p>`
    : '';
  const sign = SIGN_ROLES.map((r) => `<tr><th>${escapeHtml(bilingual(r, lang))}</th><td></td><th>${escapeHtml(bilingual({ zh: '日期', en: 'Date' }, lang))}</th><td></td></tr>`).join('');
  return `<section class="cover" id="cover">
<h1>${escapeHtml(title)}<span class="sub">${escapeHtml(sub)}</span></h1>
${mark}
<table class="cover-meta">${rows.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>
<table class="sign">${sign}</table>
</section>`;
}

/** 主要结论 of every scenario. */
export function conclusionsHtml(model: ReportModel): string {
  const { lang } = model.meta;
  const [title, sub] = labelLines({ zh: '主要结论', en: 'Main conclusions' }, lang);
  const parts = model.sections.map((s) => {
    const items = s.conclusions.map((c) => `<li>${escapeHtml(labelLines(c, lang)[0])}<span class="sub">${escapeHtml(labelLines(c, lang)[1])}</span></li>`).join('');
    return `<h3>${escapeHtml(s.scenario.name)}</h3><ol>${items}</ol>`;
  }).join('\n');
  return `<section class="conclusions" id="conclusions">
<h2>${escapeHtml(title)} <span class="sub">${escapeHtml(sub)}</span></h2>
${parts}
<p class="note">${escapeHtml(bilingual({ zh: '计算口径与公式见 docs/methodology.md。', en: 'Definitions and formulas: docs/methodology.md.' }, lang))}</p>
</section>`;
}
