/**
 * The settlement sheet as Markdown (SPEC §12): title, header, the tables of `tables.ts`
 * (which foot), the sign-off lines, and the hashes again at the end (Markdown has no
 * pages: the footer closes the document instead).
 */
import type { Settlement } from '../../core/actuals/settlement/index.ts';
import { bilingual } from '../format/cellText.ts';
import { markdownTable } from '../markdown/buildMarkdown.ts';
import { headerLines, pageFooter } from './header.ts';
import { SIGN_OFF, settlementTitle } from './labels.ts';
import { settlementTables } from './tables.ts';

/** The Markdown text of a settlement. */
export function settlementMarkdown(s: Settlement, opts: { readonly decimals: number; readonly date: string }): string {
  const parts = [
    `# ${bilingual(settlementTitle(s.year, s.public), 'zh')}`,
    headerLines(s, opts.date).map((m) => `- ${m.zh} ${m.en}: ${m.value}`).join('\n'),
    ...settlementTables(s, opts.decimals).map((t) => markdownTable(t, opts.decimals, 'zh')),
    `### 签字 Sign-off\n\n${SIGN_OFF.map((l) => `- ${l.zh} ${l.en}：＿＿＿＿＿＿ 日期 Date：＿＿＿＿`).join('\n')}`,
    `---\n\n${pageFooter(s)}`,
  ];
  return `${parts.join('\n\n')}\n`;
}
