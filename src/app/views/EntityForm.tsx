/**
 * Structured forms of the variant editor (issue #8): pick the city, a district, a town, a
 * reward program, a PPP project or a fund; edit its common scalar fields (prefilled from the
 * resolved variant); each change is written into the override (entities by `{ id, field }`,
 * merged by id) and recomputed in the worker; the entity's validation issues show inline.
 * The field lists and all logic live in `state/entityForms.ts`.
 */
import { useEffect, useState } from 'react';
import { formatIssue, type ScenarioIssue } from '../../scenario/issues.ts';
import type { Loose } from '../../scenario/schema/loose.ts';
import type { Lang } from '../i18n.ts';
import { enumLabelWithId as enumLabel } from '../../core/labels/enumLabels.ts';
import {
  ENTITY_KINDS, KIND_LABELS, entityOptions, fieldKey, fieldValue, fieldsFor, fromInput, issuesFor, issuesForField,
  addEntityCopy, freshId, isPercentField, removeEntityIn, setFieldInOverride, toInput, type EntityRef, type FieldDef, type FieldValue,
} from '../state/entityForms.ts';

function IssueList({ issues, withPath }: { issues: readonly ScenarioIssue[]; withPath: boolean }) {
  if (issues.length === 0) return null;
  return (
    <ul className="issues" role="alert">
      {issues.map((i, k) => <li key={k}>{withPath ? formatIssue(i) : `${i.zh} / ${i.en}`}</li>)}
    </ul>
  );
}

function FieldRow({ entity, field, value, issues, lang, onCommit }: {
  entity: EntityRef; field: FieldDef; value: FieldValue | undefined; issues: readonly ScenarioIssue[]; lang: Lang;
  onCommit: (v: FieldValue) => void;
}) {
  const [box, setBox] = useState(toInput(value, field));
  useEffect(() => setBox(toInput(value, field)), [value, field]);
  const id = `ef-${entity.key}-${fieldKey(field)}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const label = lang === 'zh' ? field.zh : field.en;
  const disabled = value === undefined;
  const commit = (text: string) => {
    const v = fromInput(field, text);
    if (v !== undefined && v !== value) onCommit(v);
  };
  let input: React.ReactNode;
  if (field.input === 'select') {
    input = (
      <select id={id} value={box} disabled={disabled} onChange={(e) => { setBox(e.target.value); commit(e.target.value); }}>
        {box === '' && <option value="" />}
        {(field.options ?? []).map((o) => <option key={o} value={o}>{enumLabel(o, lang)}</option>)}
      </select>
    );
  } else if (field.input === 'boolean') {
    input = <input id={id} type="checkbox" checked={box === 'true'} disabled={disabled} onChange={(e) => { setBox(String(e.target.checked)); commit(String(e.target.checked)); }} />;
  } else {
    input = (
      <input
        id={id}
        type={field.input === 'number' ? 'number' : 'text'}
        step="any"
        value={box}
        disabled={disabled}
        onChange={(e) => setBox(e.target.value)}
        onBlur={() => commit(box)}
        onKeyDown={(e) => { if (e.key === 'Enter') commit(box); }}
      />
    );
  }
  return (
    <div className={`field ${issues.length > 0 ? 'has-issue' : ''}`} data-field={fieldKey(field)}>
      <label htmlFor={id}>{label}</label>
      {input}
      <span className="unit">{isPercentField(field) ? '%' : field.unit ?? ''}</span>
      {disabled && <span className="muted">{lang === 'zh' ? '其他形式：请在 JSON 覆盖项中编辑' : 'another shape: edit it in the JSON override'}</span>}
      <IssueList issues={issues} withPath={false} />
    </div>
  );
}

export function EntityForm({ doc, override, issues, lang, selected, onSelect, onChange }: {
  /** The variant's resolved (raw, merged) document; null until the worker has replied. */
  doc: Loose | null;
  override: Loose;
  issues: readonly ScenarioIssue[];
  lang: Lang;
  selected: string;
  onSelect: (key: string) => void;
  onChange: (override: Loose) => void;
}) {
  if (!doc) return null;
  const options = entityOptions(doc);
  const entity = options.find((o) => o.key === selected) ?? options[0];
  if (!entity) return null;
  const fields = fieldsFor(doc, entity);
  const own = issuesFor(issues, entity);
  const loose = own.filter((i) => !fields.some((f) => issuesForField([i], entity, f).length > 0));
  return (
    <div className={`entity-form ${own.length > 0 ? 'has-issue' : ''}`} data-entity={entity.key}>
      <label className="block">
        {lang === 'zh' ? '编辑对象' : 'Edit'}{' '}
        <select aria-label={lang === 'zh' ? '编辑对象' : 'Entity to edit'} value={entity.key} onChange={(e) => onSelect(e.target.value)}>
          {ENTITY_KINDS.map((kind) => {
            const of = options.filter((o) => o.kind === kind);
            if (of.length === 0) return null;
            return (
              <optgroup key={kind} label={lang === 'zh' ? KIND_LABELS[kind].zh : KIND_LABELS[kind].en}>
                {of.map((o) => <option key={o.key} value={o.key}>{o.label}</option>)}
              </optgroup>
            );
          })}
        </select>
        <span className="muted"> {entity.path}</span>
      </label>
      {entity.kind !== 'city' && entity.id !== null && (
        <div className="toolbar" role="group" aria-label={lang === 'zh' ? '增删对象' : 'Add or remove'}>
          <button type="button" className="small" data-testid="entity-add" onClick={() => {
            const id = freshId(doc, entity.id ?? 'entity');
            const name = `${entity.label.replace(/ \([^)]*\)$/, '')}${lang === 'zh' ? '（副本）' : ' (copy)'}`;
            onChange(addEntityCopy(override, doc, entity, id, name));
            onSelect(`${entity.kind}:${id}`);
          }}>{lang === 'zh' ? '复制为新对象' : 'Add a copy'}</button>
          <button type="button" className="small danger" data-testid="entity-remove" onClick={() => {
            onChange(removeEntityIn(override, doc, entity));
            onSelect('city');
          }}>{lang === 'zh' ? '删除此对象' : 'Remove it'}</button>
        </div>
      )}
      <div className="fields">
        {fields.map((f) => (
          <FieldRow
            key={`${entity.key}/${fieldKey(f)}`}
            entity={entity}
            field={f}
            value={fieldValue(doc, entity, f)}
            issues={issuesForField(issues, entity, f)}
            lang={lang}
            onCommit={(v) => onChange(setFieldInOverride(override, entity, f, v, doc))}
          />
        ))}
      </div>
      <IssueList issues={loose} withPath />
    </div>
  );
}
