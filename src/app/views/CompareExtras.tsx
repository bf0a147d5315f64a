/**
 * The compare page's answers to "what does this variant change, and what does it cost?"
 * (issue #15 question 2): a scenario picker (no trip to the library), a headline per
 * scenario against A, and what each variant changes against its parent, in words.
 */
import type { Comparison } from '../../core/compare.ts';
import type { Lang } from '../i18n.ts';
import { headline } from '../state/headline.ts';
import { changeText, type InputChange } from '../state/variantSummary.ts';

export interface PickerItem {
  readonly ref: string;
  readonly name: string;
  readonly checked: boolean;
}

/** Every scenario of the library with a box; a fifth box is refused with a message (`notice`), never a silent drop. */
export function ScenarioPicker({ items, onToggle, notice, lang }: { items: readonly PickerItem[]; onToggle: (ref: string) => void; notice: string | null; lang: Lang }) {
  return (
    <fieldset className="picker" data-testid="compare-picker">
      <legend>{lang === 'zh' ? '对比的情景（最多4个，第一个为参照A）' : 'Scenarios compared (up to 4; the first is the reference A)'}</legend>
      {items.map((it) => (
        <label key={it.ref}><input type="checkbox" checked={it.checked} onChange={() => onToggle(it.ref)} data-ref={it.ref} /> {it.name}</label>
      ))}
      {notice && <p role="alert" className="notice">{notice}</p>}
    </fieldset>
  );
}

export interface VariantSummaryItem {
  /** Index of the scenario in the comparison (1: B …). */
  readonly index: number;
  readonly name: string;
  /** The scenario the changes are read against: the variant's parent, or A for a scenario that is not a variant. */
  readonly against: string;
  readonly isVariant: boolean;
  /** Null while the documents load. */
  readonly changes: readonly InputChange[] | null;
}

const MAX_LISTED = 12;

export function VariantSummaries({ cmp, items, lang }: { cmp: Comparison; items: readonly VariantSummaryItem[]; lang: Lang }) {
  return (
    <div data-testid="variant-summary">
      {items.map((it) => {
        const letter = String.fromCharCode(65 + it.index);
        return (
          <section key={it.index} className="variant-summary" aria-label={`${letter} · ${it.name}`} data-index={it.index}>
            <p className="headline" data-headline>{headline(cmp, it.index, lang)}</p>
            <p className="muted">{it.isVariant
              ? (lang === 'zh' ? `${letter} 是「${it.against}」的变体，改动了：` : `${letter} is a variant of “${it.against}”; it changes:`)
              : (lang === 'zh' ? `${letter} 与「${it.against}」的输入差异：` : `${letter}'s inputs against “${it.against}”:`)}</p>
            {it.changes === null ? <p role="status">…</p> : it.changes.length === 0 ? <p>{lang === 'zh' ? '没有改动任何输入。' : 'No input changed.'}</p> : (
              <ul>
                {it.changes.slice(0, MAX_LISTED).map((c) => <li key={c.path} data-path={c.path}>{changeText(c, lang)}</li>)}
                {it.changes.length > MAX_LISTED && <li className="muted">{lang === 'zh' ? `另有 ${it.changes.length - MAX_LISTED} 项改动` : `and ${it.changes.length - MAX_LISTED} more changes`}</li>}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
