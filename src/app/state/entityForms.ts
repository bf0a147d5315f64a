/**
 * Entity forms for the variant editor (issue #8 "Editor: forms for city, districts, towns,
 * reward programs, PPP projects and funds with inline validation"). Pure and data-driven:
 * per entity kind, the common scalar fields a form shows; reading them from the resolved
 * (raw, merged) scenario document; writing one into a variant's override the way `extends`
 * merges it (SPEC §2: objects deep, entity lists by `id`); and picking out the validation
 * issues that belong to an entity.
 */
import { PAYMENT_MECHANISMS } from '../../core/ppp/types.ts';
import { REGIONS, THEMES } from '../../core/model/scenario.ts';
import type { ScenarioIssue } from '../../scenario/issues.ts';
import { isRecord, type Loose } from '../../scenario/schema/loose.ts';

export type EntityKind = 'city' | 'district' | 'town' | 'program' | 'ppp' | 'fund';

export const ENTITY_KINDS: readonly EntityKind[] = ['city', 'district', 'town', 'program', 'ppp', 'fund'];

export const KIND_LABELS: Readonly<Record<EntityKind, { readonly zh: string; readonly en: string }>> = {
  city: { zh: '城市', en: 'City' },
  district: { zh: '区', en: 'Districts' },
  town: { zh: '小镇', en: 'Towns' },
  program: { zh: '奖补项目', en: 'Reward programs' },
  ppp: { zh: 'PPP项目', en: 'PPP projects' },
  fund: { zh: '子基金', en: 'Funds' },
};

/** Where each kind lives in the scenario: the city object, or a list of entities merged by id. */
const LIST_OF: Readonly<Record<Exclude<EntityKind, 'city'>, readonly string[]>> = {
  district: ['districts'],
  town: ['towns'],
  program: ['rewards', 'programs'],
  ppp: ['ppp'],
  fund: ['funds'],
};

/** One entity of the resolved scenario. */
export interface EntityRef {
  readonly kind: EntityKind;
  /** The entity's id (`null` for the city). */
  readonly id: string | null;
  /** Its path in the resolved scenario, as issues name it: `city`, `towns[3]`, `rewards.programs[0]`. */
  readonly path: string;
  /** Stable key for a select: `city`, `town:conghua-hot-spring`. */
  readonly key: string;
  readonly label: string;
}

export type InputKind = 'number' | 'text' | 'select' | 'boolean';

export interface FieldDef {
  /** Path within the entity, e.g. `['land', 'residentialLandKm2']`; for a series part, the series' path. */
  readonly path: readonly string[];
  readonly zh: string;
  readonly en: string;
  readonly input: InputKind;
  /** Options of a select (an enum). */
  readonly options?: readonly string[];
  /** A part of a series written `number | { base, growth }`: the form edits `base` or `growth`. */
  readonly series?: 'base' | 'growth';
  /** An empty box writes `null` (e.g. namingYear: not yet named). */
  readonly nullable?: boolean;
  /** Shown only for entities whose `kind` is one of these (reward programs). */
  readonly kinds?: readonly string[];
  /** Unit shown after the input. */
  readonly unit?: string;
}

const WAN = '万元';
const num = (path: string, zh: string, en: string, unit?: string): FieldDef => ({ path: path.split('.'), zh, en, input: 'number', ...(unit ? { unit } : {}) });
const text = (path: string, zh: string, en: string): FieldDef => ({ path: path.split('.'), zh, en, input: 'text' });
const select = (path: string, zh: string, en: string, options: readonly string[]): FieldDef => ({ path: path.split('.'), zh, en, input: 'select', options });
const bool = (path: string, zh: string, en: string): FieldDef => ({ path: path.split('.'), zh, en, input: 'boolean' });
/** Base (万元) and growth inputs of a `{ base, growth }` series. */
const series = (path: string, zh: string, en: string): FieldDef[] => [
  { path: path.split('.'), zh: `${zh}（基数）`, en: `${en} (base)`, input: 'number', series: 'base', unit: WAN },
  { path: path.split('.'), zh: `${zh}（年增长率）`, en: `${en} (growth a year)`, input: 'number', series: 'growth' },
];
const only = (kinds: readonly string[], f: FieldDef): FieldDef => ({ ...f, kinds });

const NAME = text('name', '名称', 'Name');

/** The editable scalar fields per entity kind (the common ones; everything else via the JSON override). */
export const ENTITY_FIELDS: Readonly<Record<EntityKind, readonly FieldDef[]>> = {
  city: [
    NAME,
    ...series('budgetRevenue', '一般公共预算收入', 'Budget revenue'),
    num('retainedShare', '市级留成比例', 'Retained tax share'),
    ...series('existingPppObligations', '镇外存量PPP支出责任', 'Existing PPP obligations'),
    num('discountRate', '折现率（统一）', 'Discount rate (flat)'),
  ],
  district: [
    NAME,
    ...series('capacity', '综合财力', 'Fiscal capacity'),
    ...series('landRevenue', '土地出让收入', 'Land revenue'),
    ...series('budgetExpenditure', '一般公共预算支出', 'Budget expenditure'),
    ...series('legalDebt', '法定债务余额', 'Legal debt'),
    ...series('hiddenDebt', '隐性债务', 'Hidden debt'),
    ...series('debtLimit', '债务限额', 'Debt limit'),
    ...series('specialBondPlan', '专项债发行计划', 'Special bond plan'),
  ],
  town: [
    NAME,
    text('district', '所属区（编号）', 'District (id)'),
    select('region', '区域', 'Region', REGIONS),
    select('theme', '主题', 'Theme', THEMES),
    bool('flagship', '精品特色小镇', 'Flagship'),
    num('creationYear', '创建年份', 'Creation year'),
    { ...num('namingYear', '命名年份（空：未命名）', 'Naming year (empty: not named)'), nullable: true },
    num('stages.construction', '建设起始年', 'Construction from'),
    num('stages.operation', '运营起始年', 'Operation from'),
    num('land.plannedAreaKm2', '规划面积', 'Planned area', 'km²'),
    num('land.constructionLandKm2', '建设用地', 'Construction land', 'km²'),
    num('land.residentialLandKm2', '住宅用地', 'Residential land', 'km²'),
    ...series('investment.total', '计划总投资', 'Investment plan'),
    ...series('revenue', '小镇财政收入', 'Town revenue'),
    { ...num('revenueBase', '收入返还基数（空：创建前一年收入）', 'Revenue base (empty: year before creation)', WAN), nullable: true },
  ],
  program: [
    NAME,
    only(['upfront', 'milestone', 'assessment', 'capital-grant'], num('base', '奖励基数', 'Base amount', WAN)),
    num('lagYears', '拨付滞后（年）', 'Payment lag (years)'),
    bool('fromPool', '从资金池支付', 'Paid from the pool'),
    only(['assessment'], num('failBelow', '不合格线', 'Fail below')),
    only(['assessment'], num('clawbackFactor', '追回系数', 'Clawback factor')),
    only(['land-quota'], num('share', '用地指标奖励比例', 'Land quota share')),
  ],
  ppp: [
    NAME,
    text('town', '所在小镇（编号）', 'Town (id)'),
    select('mechanism', '回报机制', 'Payment mechanism', PAYMENT_MECHANISMS),
    num('procurementYear', '采购年份', 'Procurement year'),
    num('constructionCost', '建设成本', 'Construction cost', WAN),
    num('operationYears', '运营年限', 'Operation years'),
    num('capitalRatio', '资本金比例', 'Capital ratio'),
    num('governmentEquityShare', '政府持股比例', 'Government equity share'),
    num('profitRate', '合理利润率', 'Reasonable profit rate'),
    num('demandFactor', '需求系数', 'Demand factor'),
    num('loan.rate', '贷款利率', 'Loan rate'),
    num('loan.tenorYears', '贷款期限（年）', 'Loan tenor (years)'),
    // SPEC §8: a stress rate shift moves an LPR-linked contract's construction part (src/core/ppp/rateIndexed.ts); absent = not linked
    bool('rateIndexed', '借款利率挂钩 LPR', 'Rate-indexed (LPR-linked)'),
  ],
  fund: [
    NAME,
    num('size', '基金规模', 'Fund size', WAN),
    num('establishedYear', '设立年份', 'Established'),
    num('governmentShare', '政府出资比例', 'Government share'),
    num('projectShare', '项目出资比例', 'Project share'),
    num('localShare', '返投比例', 'Local share'),
    num('takahashiAlexander.lifeYears', '存续期（年）', 'Life (years)'),
    num('takahashiAlexander.growth', '净值年增长率', 'NAV growth'),
    num('takahashiAlexander.yield', '最低分配率', 'Yield'),
    num('takahashiAlexander.bow', '分配弯曲系数', 'Bow'),
  ],
};

/** A stable key for a field within its entity (`land.residentialLandKm2`, `revenue#growth`). */
export function fieldKey(f: FieldDef): string {
  return f.series ? `${f.path.join('.')}#${f.series}` : f.path.join('.');
}

function getIn(v: unknown, path: readonly (string | number)[]): unknown {
  let cur = v;
  for (const p of path) {
    if (typeof p === 'number') cur = Array.isArray(cur) ? (cur as unknown[])[p] : undefined;
    else cur = isRecord(cur) && Object.prototype.hasOwnProperty.call(cur, p) ? cur[p] : undefined;
  }
  return cur;
}

/** Every entity of a resolved scenario document (raw, merged), in form order: city, districts, towns, programs, PPP, funds. */
export function entityOptions(doc: Loose): EntityRef[] {
  const out: EntityRef[] = [];
  if (isRecord(doc.city)) out.push({ kind: 'city', id: null, path: 'city', key: 'city', label: typeof doc.city.name === 'string' ? doc.city.name : 'city' });
  for (const kind of ENTITY_KINDS) {
    if (kind === 'city') continue;
    const listPath = LIST_OF[kind];
    const list = getIn(doc, listPath);
    if (!Array.isArray(list)) continue;
    (list as unknown[]).forEach((e, i) => {
      if (!isRecord(e) || typeof e.id !== 'string') return;
      const name = typeof e.name === 'string' && e.name !== '' ? `${e.name} (${e.id})` : e.id;
      out.push({ kind, id: e.id, path: `${listPath.join('.')}[${i}]`, key: `${kind}:${e.id}`, label: name });
    });
  }
  return out;
}

/** The raw entity object in the document. */
function entityIn(doc: Loose, entity: EntityRef): Loose | undefined {
  if (entity.kind === 'city') return isRecord(doc.city) ? doc.city : undefined;
  const list = getIn(doc, LIST_OF[entity.kind]);
  if (!Array.isArray(list)) return undefined;
  const found = (list as unknown[]).find((e) => isRecord(e) && e.id === entity.id);
  return isRecord(found) ? found : undefined;
}

/** The fields a form shows for this entity (program fields depend on the program's kind). */
export function fieldsFor(doc: Loose, entity: EntityRef): readonly FieldDef[] {
  const kind = entityIn(doc, entity)?.kind;
  return ENTITY_FIELDS[entity.kind].filter((f) => f.kinds === undefined || (typeof kind === 'string' && f.kinds.includes(kind)));
}

export type FieldValue = number | string | boolean | null;

/**
 * A field's value in the resolved document: a number, text or boolean; `null` when unset
 * (the schema's default applies); `undefined` when the value has another shape the form
 * cannot edit (a discount-rate curve, a `{ byYear }` series: edit those in the JSON override).
 */
export function fieldValue(doc: Loose, entity: EntityRef, field: FieldDef): FieldValue | undefined {
  const e = entityIn(doc, entity);
  if (!e) return undefined;
  const v = getIn(e, field.path);
  if (field.series) {
    if (v === undefined || v === null) return null;
    if (typeof v === 'number') return field.series === 'base' ? v : 0;
    if (isRecord(v) && typeof v.base === 'number' && typeof v.growth === 'number' && Object.keys(v).every((k) => k === 'base' || k === 'growth' || k === 'y0')) return v[field.series] as number;
    return undefined;
  }
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return undefined;
}

/** `obj` with `value` set at `path` (objects copied along the way, never mutated). */
function setIn(obj: Loose, path: readonly string[], value: unknown): Loose {
  const [head, ...rest] = path;
  if (head === undefined) return obj;
  const out: Record<string, unknown> = { ...obj };
  const prev = Object.prototype.hasOwnProperty.call(obj, head) ? obj[head] : undefined;
  const next = rest.length === 0 ? value : setIn(isRecord(prev) ? prev : {}, rest, value);
  Object.defineProperty(out, head, { value: next, enumerable: true, writable: true, configurable: true });
  return out;
}

/**
 * The override with `field` of `entity` set to `value`, as `extends` merges it: the city as
 * a nested object, entities as `{ id, field }` items of their list (merge by id; an entity
 * already in the override is updated in place). A series part writes the whole
 * `{ base, growth }`, the other part taken from `doc` (the resolved scenario; 0 if unset).
 */
export function setFieldInOverride(override: Loose, entity: EntityRef, field: FieldDef, value: FieldValue, doc?: Loose): Loose {
  const path: readonly string[] = field.path;
  let v: unknown = value;
  if (field.series) {
    const other = field.series === 'base' ? 'growth' : 'base';
    const cur = doc ? fieldValue(doc, entity, { ...field, series: other }) : null;
    v = { [field.series]: value, [other]: typeof cur === 'number' ? cur : 0 };
  }
  if (entity.kind === 'city') return setIn(override, ['city', ...path], v);
  const listPath = LIST_OF[entity.kind];
  const list = getIn(override, listPath);
  const items: unknown[] = Array.isArray(list) ? [...(list as unknown[])] : [];
  const at = items.findIndex((e) => isRecord(e) && e.id === entity.id && !('remove' in e));
  const base: Loose = at >= 0 && isRecord(items[at]) ? items[at] : { id: entity.id };
  const updated = setIn(base, path, v);
  if (at >= 0) items[at] = updated;
  else items.push(updated);
  return setIn(override, listPath, items);
}

/** True when an issue path lies at or under `prefix` (`towns[3]` covers `towns[3].land.x`, not `towns[30]`). */
function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/** The validation issues about this entity (its path or below). */
export function issuesFor(issues: readonly ScenarioIssue[], entity: EntityRef): ScenarioIssue[] {
  return issues.filter((i) => under(i.path, entity.path));
}

/** The issues about one field of the entity (for a series, anything under the series). */
export function issuesForField(issues: readonly ScenarioIssue[], entity: EntityRef, field: FieldDef): ScenarioIssue[] {
  return issues.filter((i) => under(i.path, `${entity.path}.${field.path.join('.')}`));
}

/** Rates are shown and entered in percent (files keep decimals): growth parts, and fields named …rate/…share/…ratio/yield. */
export function isPercentField(f: FieldDef): boolean {
  if (f.input !== 'number') return false;
  if (f.series === 'growth') return true;
  const last = f.path[f.path.length - 1] ?? '';
  return !f.series && /(rate|Rate|share|Share|Ratio|growth|yield)$/.test(last);
}

/** A number without float noise (0.10250000000000001 → 0.1025): 12 significant digits. */
export function clean(n: number): number {
  return Number(n.toPrecision(12));
}

/** The text of an input box for a value (empty when unset or not editable); a percent field shows `v × 100`. */
export function toInput(v: FieldValue | undefined, field?: FieldDef): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(clean(field && isPercentField(field) ? v * 100 : v));
  return String(v);
}

/**
 * What an input box's text writes: a number for number fields (`undefined` when not a
 * number, so nothing is written), `null` for an empty nullable field, text as is.
 */
export function fromInput(field: FieldDef, box: string): FieldValue | undefined {
  if (field.input === 'number') {
    if (box.trim() === '') return field.nullable ? null : undefined;
    const n = Number(box);
    if (!Number.isFinite(n)) return undefined;
    return isPercentField(field) ? clean(n / 100) : n;
  }
  if (field.input === 'boolean') return box === 'true';
  return box;
}

/** An id not used by any entity of `doc`: `base-copy`, `base-copy-2`… */
export function freshId(doc: Loose, base: string): string {
  const taken = new Set(entityOptions(doc).map((o) => o.id));
  if (!taken.has(`${base}-copy`)) return `${base}-copy`;
  for (let i = 2; ; i++) if (!taken.has(`${base}-copy-${i}`)) return `${base}-copy-${i}`;
}

/**
 * The override with a new entity added to its list: a copy of `entity` as resolved, under
 * `id` and `name` (issue #15: add entities in the forms). Validation then says what the copy
 * must change (for a town, the ids of its bonds and KPIs, for instance).
 */
export function addEntityCopy(override: Loose, doc: Loose, entity: EntityRef, id: string, name: string): Loose {
  if (entity.kind === 'city') return override;
  const source = entityIn(doc, entity);
  if (!source) return override;
  const listPath = LIST_OF[entity.kind];
  const list = getIn(override, listPath);
  const items: unknown[] = Array.isArray(list) ? (list as unknown[]).filter((e) => !(isRecord(e) && e.id === id)) : [];
  items.push({ ...(structuredClone(source) as Loose), id, name });
  return setIn(override, listPath, items);
}

/**
 * The override removing `entity` from the scenario (`{ id, remove: true }`, as in an `extends`
 * file, SPEC §2); its own patches are dropped. An entity the override itself added (its item
 * there is the whole entity as resolved) is simply dropped: there is nothing inherited to remove.
 */
export function removeEntityIn(override: Loose, doc: Loose, entity: EntityRef): Loose {
  if (entity.kind === 'city' || entity.id === null) return override;
  const listPath = LIST_OF[entity.kind];
  const list = getIn(override, listPath);
  const all: unknown[] = Array.isArray(list) ? (list as unknown[]) : [];
  const own = all.find((e) => isRecord(e) && e.id === entity.id);
  const addedHere = own !== undefined && JSON.stringify(own) === JSON.stringify(entityIn(doc, entity));
  const items = all.filter((e) => !(isRecord(e) && e.id === entity.id));
  if (!addedHere) items.push({ id: entity.id, remove: true });
  return setIn(override, listPath, items);
}
