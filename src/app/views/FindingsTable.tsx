/**
 * The findings of the risk view, paged (issue #15: the table was 10,000 px tall): the rule's
 * name in the interface language with its id secondary, the subject's name, value and line
 * in the rule's unit (debt ratios in percent), headroom with its unit, and the message in one
 * language with names instead of ids.
 */
import { useState } from 'react';
import type { Finding } from '../../core/result.ts';
import { t, type Lang } from '../i18n.ts';
import type { ScenarioMeta } from '../meta.ts';
import { idNames, messageIn, withNames } from '../risk/findingText.ts';
import { formatHeadroom, ruleLabel } from '../risk/ruleFormat.ts';
import { lineValue } from './RiskCompare.tsx';

export const PAGE_SIZE = 25;

export function FindingsTable({ findings, meta, lang, subject, onTown }: {
  findings: readonly Finding[]; meta: ScenarioMeta; lang: Lang;
  subject: (f: Finding['subject']) => string;
  onTown: (id: string) => void;
}) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(findings.length / PAGE_SIZE));
  const at = Math.min(page, pages - 1);
  const shown = findings.slice(at * PAGE_SIZE, (at + 1) * PAGE_SIZE);
  const names = idNames(meta);
  const zh = lang === 'zh';
  return (
    <>
      <div className="table-wrap" tabIndex={0}>
        <table aria-label={t(lang, 'findings')} className="findings">
          <thead>
            <tr>
              <th scope="col">{t(lang, 'level')}</th><th scope="col">{t(lang, 'rule')}</th><th scope="col">{t(lang, 'source')}</th>
              <th scope="col">{t(lang, 'subject')}</th><th scope="col">{t(lang, 'year')}</th><th scope="col">{t(lang, 'value')}</th>
              <th scope="col">{t(lang, 'limit')}</th><th scope="col">{t(lang, 'headroom')}</th><th scope="col">{t(lang, 'message')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((f, i) => (
              <tr key={i} data-rule={f.rule} data-level={f.level}>
                <td className={`lvl-${f.level}`}>{f.level === 'breach' ? '✗ ' : '! '}{t(lang, f.level)}</td>
                <td>{ruleLabel(f.rule, lang)} <span className="muted rule-id">{f.rule}</span></td>
                <td>{f.source}</td>
                <td>{f.subject.kind === 'town' ? <button type="button" className="link" onClick={() => onTown(f.subject.id)}>{subject(f.subject)}</button> : subject(f.subject)}</td>
                <td className="num">{f.year}</td>
                <td className="num">{lineValue(f.value, f.rule, lang)}</td>
                <td className="num">{lineValue(f.limit, f.rule, lang)}</td>
                <td className={`num ${f.headroom !== null && f.headroom < 0 ? 'neg' : ''}`}>{formatHeadroom(f.headroom, f.rule, lang)}</td>
                <td className="msg">{withNames(messageIn(f.message, lang), names)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <div className="toolbar pager" role="navigation" aria-label={zh ? '清单分页' : 'Findings pages'}>
          <button type="button" className="small" disabled={at === 0} onClick={() => setPage(at - 1)}>{zh ? '上一页' : 'Previous'}</button>
          <span data-page={at + 1}>{zh ? `第 ${at + 1} / ${pages} 页（每页 ${PAGE_SIZE} 条）` : `Page ${at + 1} of ${pages} (${PAGE_SIZE} a page)`}</span>
          <button type="button" className="small" disabled={at >= pages - 1} onClick={() => setPage(at + 1)}>{zh ? '下一页' : 'Next'}</button>
        </div>
      )}
    </>
  );
}
