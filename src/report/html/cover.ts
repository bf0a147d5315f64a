/**
 * The report's first pages (issue #18): a cover a 财政局 can file — title, 编制单位, report
 * number, date, the 示意数据 marking when the data are illustrative, the scenarios with their
 * hashes, the money unit, and the 编制/审核/签发 signature block — then 主要结论, the
 * conclusions in words. In the edition's language only.
 */
import { say } from '../format/cellText.ts';
import { moneyLabel } from '../format/units.ts';
import type { Label, ReportMeta, ReportModel } from '../model/types.ts';
import { escapeHtml } from './escape.ts';

/** The report's title; several scenarios name the reference scenario. */
export function reportTitle(model: Pick<ReportModel, 'sections'>): Label {
  const ref = model.sections[0]?.scenario;
  if (model.sections.length > 1 && ref) {
    return { zh: `特色小镇财政模拟对比报告（参照情景：${ref.name}）`, en: `Characteristic towns fiscal simulation: comparison report (reference scenario: ${ref.name})` };
  }
  return { zh: '特色小镇财政模拟报告', en: 'Characteristic towns fiscal simulation report' };
}

/** The signature block's roles. */
export const SIGN_ROLES = [{ zh: '编制', en: 'Prepared by' }, { zh: '审核', en: 'Reviewed by' }, { zh: '签发', en: 'Approved by' }] as const;

/** The marking of a report on illustrative data (cover, every printed page). */
export const ILLUSTRATIVE_MARK: Label = { zh: '示意数据：本报告所用数据为示意数据，不代表实际财政状况。', en: 'Illustrative data: this report does not show the actual fiscal position.' };

/** The cover's identification lines: 编制单位, report number, date, money unit (every format shows these). */
export function coverLines(meta: ReportMeta): Array<{ readonly key: Label; readonly value: string }> {
  const unit = moneyLabel(meta.moneyUnit);
  return [
    { key: { zh: '编制单位', en: 'Prepared by (organisation)' }, value: meta.organisation },
    { key: { zh: '报告编号', en: 'Report number' }, value: meta.reportNumber },
    { key: { zh: '编制日期', en: 'Date' }, value: meta.generatedAt },
    { key: { zh: '金额单位', en: 'Money unit' }, value: meta.lang === 'zh' ? unit.zh : unit.en },
  ];
}

/** The cover page. */
export function coverHtml(model: ReportModel): string {
  const { lang, illustrative } = model.meta;
  const rows: Array<[string, string]> = [
    ...coverLines(model.meta).map((l): [string, string] => [say(l.key, lang), l.value]),
    ...model.sections.map((s, i): [string, string] => [
      say({ zh: i === 0 ? '情景' : `情景${i + 1}`, en: i === 0 ? 'Scenario' : `Scenario ${i + 1}` }, lang),
      lang === 'zh' ? `${s.scenario.name}（${s.scenario.id}，哈希 ${s.scenario.hash.slice(0, 16)}）` : `${s.scenario.name} (${s.scenario.id}, hash ${s.scenario.hash.slice(0, 16)})`,
    ]),
  ];
  const mark = illustrative ? `<p class="illustrative">${escapeHtml(say(ILLUSTRATIVE_MARK, lang))}</p>` : '';
  const sign = SIGN_ROLES.map((r) => `<tr><th>${escapeHtml(say(r, lang))}</th><td></td><th>${escapeHtml(say({ zh: '日期', en: 'Date' }, lang))}</th><td></td></tr>`).join('');
  return `<section class="cover" id="cover">
<h1>${escapeHtml(say(reportTitle(model), lang))}</h1>
${mark}
<table class="cover-meta">${rows.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>
<table class="sign">${sign}</table>
</section>`;
}

/** 主要结论 of every scenario. */
export function conclusionsHtml(model: ReportModel): string {
  const { lang } = model.meta;
  const parts = model.sections.map((s) => {
    const items = s.conclusions.map((c) => `<li>${escapeHtml(say(c, lang))}</li>`).join('');
    return `<h3>${escapeHtml(s.scenario.name)}</h3><ol>${items}</ol>`;
  }).join('\n');
  return `<section class="conclusions" id="conclusions">
<h2>${escapeHtml(say({ zh: '主要结论', en: 'Main conclusions' }, lang))}</h2>
${parts}
<p class="note">${escapeHtml(say({ zh: '计算口径与公式见 docs/methodology.md。', en: 'Definitions and formulas: docs/methodology.md.' }, lang))}</p>
</section>`;
}
