/**
 * What a variant changes against its parent, in words (issue #15 question 2): the two
 * resolved documents compared field by field — objects deep, entity lists by id (SPEC §2
 * merge rules), so the summary names entities and fields as the forms do
 * (`从化温泉…PPP项目 · 建设成本 68,000 → 102,000 万元（+50%）`), with added and removed entities.
 */
import { isRecord, type Loose } from '../../scenario/schema/loose.ts';
import { ENTITY_FIELDS, type EntityKind } from './entityForms.ts';

export interface InputChange {
  /** Dotted path with entity ids: `ppp[conghua-spa-road].constructionCost`. */
  readonly path: string;
  readonly zh: string;
  readonly en: string;
  readonly before: unknown;
  readonly after: unknown;
  /** Whether the values are rates (decimals shown in percent). */
  readonly rate: boolean;
}

/** Entity lists of a scenario and the kind of their entities. */
const LISTS: Readonly<Record<string, EntityKind>> = { districts: 'district', towns: 'town', 'rewards.programs': 'program', ppp: 'ppp', funds: 'fund' };

const EXTRA: Readonly<Record<string, { zh: string; en: string }>> = {
  'rewards.pool': { zh: '奖补资金池', en: 'Reward pool' },
  'rewards.poolMode': { zh: '资金池执行方式', en: 'Pool mode' },
  'rewards.pool.base': { zh: '奖补资金池', en: 'Reward pool' },
  'rewards.pool.growth': { zh: '奖补资金池年增长率', en: 'Reward pool growth' },
  horizonYears: { zh: '模拟年数', en: 'Horizon (years)' },
  startYear: { zh: '起始年份', en: 'Start year' },
  thresholds: { zh: '规则阈值', en: 'Rule thresholds' },
};

const SKIP = new Set(['id', 'name', 'description', 'extends', 'schemaVersion']);
const RATE = /(rate|share|ratio|growth|yield|factor)$/i;

function fieldLabel(kind: EntityKind, path: readonly string[]): { zh: string; en: string } | null {
  const joined = path.join('.');
  for (const f of ENTITY_FIELDS[kind]) {
    const p = f.path.join('.');
    if (p === joined && !f.series) return { zh: f.zh, en: f.en };
    if (f.series && `${p}.${f.series}` === joined) return { zh: f.zh, en: f.en };
    if (f.series === 'base' && p === joined) return { zh: f.zh.replace('（基数）', ''), en: f.en.replace(' (base)', '') };
  }
  return null;
}

const isEntityArray = (v: unknown): v is Loose[] => Array.isArray(v) && v.every((e) => isRecord(e) && typeof e.id === 'string');

/** A series written as a number is `{ base: n }` for the comparison with one written `{ base, growth }`. */
function asSeries(a: unknown, b: unknown): [unknown, unknown] {
  if (typeof a === 'number' && isRecord(b) && 'base' in b) return [{ base: a, growth: 0 }, b];
  if (typeof b === 'number' && isRecord(a) && 'base' in a) return [a, { base: b, growth: 0 }];
  return [a, b];
}

/** Every input that differs between `parent` and `variant` (resolved documents), in document order. */
export function diffInputs(parent: Loose, variant: Loose): InputChange[] {
  const out: InputChange[] = [];
  const walk = (a: unknown, b: unknown, path: string[], shown: string, kind: EntityKind | null, inEntity: string[]) => {
    const key = path.join('.');
    const listKind = LISTS[key];
    if (listKind && (isEntityArray(a) || a === undefined) && (isEntityArray(b) || b === undefined)) {
      const as = (a ?? []) as Loose[];
      const bs = (b ?? []) as Loose[];
      for (const e of bs) {
        const before = as.find((x) => x.id === e.id);
        const nm = String(e.name ?? e.id);
        if (!before) { out.push({ path: `${key}[${String(e.id)}]`, zh: `新增${kindWord(listKind).zh}：${nm}`, en: `Added ${kindWord(listKind).en}: ${nm}`, before: undefined, after: e, rate: false }); continue; }
        walk(before, e, [], `${nm} · `, listKind, [`${key}[${String(e.id)}]`]);
      }
      for (const e of as) {
        if (!bs.some((x) => x.id === e.id)) out.push({ path: `${key}[${String(e.id)}]`, zh: `删除${kindWord(listKind).zh}：${String(e.name ?? e.id)}`, en: `Removed ${kindWord(listKind).en}: ${String(e.name ?? e.id)}`, before: e, after: undefined, rate: false });
      }
      return;
    }
    [a, b] = asSeries(a, b);
    if (isRecord(a) && isRecord(b)) {
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (path.length === 0 && kind === null && SKIP.has(k)) continue;
        if (kind !== null && path.length === 0 && (k === 'id' || k === 'name')) continue;
        walk(a[k], b[k], [...path, k], shown, kind, inEntity);
      }
      return;
    }
    if (JSON.stringify(a) === JSON.stringify(b)) return;
    const label = (kind ? fieldLabel(kind, path) : null) ?? EXTRA[key] ?? (kind === null && key.startsWith('city.') ? fieldLabel('city', path.slice(1)) : null) ?? { zh: key, en: key };
    const last = path[path.length - 1] ?? '';
    out.push({ path: [...inEntity, key].filter(Boolean).join('.'), zh: `${shown}${label.zh}`, en: `${shown}${label.en}`, before: a, after: b, rate: typeof a === 'number' && typeof b === 'number' && RATE.test(last) && Math.abs(a) <= 1 && Math.abs(b) <= 1 });
  };
  walk(parent, variant, [], '', null, []);
  return out;
}

function kindWord(k: EntityKind): { zh: string; en: string } {
  return { district: { zh: '区', en: 'district' }, town: { zh: '小镇', en: 'town' }, program: { zh: '奖补项目', en: 'program' }, ppp: { zh: 'PPP项目', en: 'PPP project' }, fund: { zh: '子基金', en: 'fund' } }[k as Exclude<EntityKind, 'city'>] ?? { zh: k, en: k };
}

/** Numbers without float noise: at most 4 decimals, thousands separated. */
function plain(v: number): string {
  return v.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

function show(v: unknown, rate: boolean): string {
  if (typeof v === 'number') return rate ? `${plain(Math.round(v * 1e6) / 1e4)}%` : plain(v);
  if (v === undefined || v === null) return '—';
  if (typeof v === 'string' || typeof v === 'boolean') return String(v);
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** One change in words: `奖补资金池 100,000 → 130,000（+30%）`; rates in percent with the change in percentage points. */
export function changeText(c: InputChange, lang: 'zh' | 'en'): string {
  const label = lang === 'zh' ? c.zh : c.en;
  if (c.before === undefined || c.after === undefined) return label;
  let delta = '';
  if (typeof c.before === 'number' && typeof c.after === 'number') {
    const d = c.after - c.before;
    const sign = d > 0 ? '+' : '−';
    if (c.rate) delta = `${sign}${plain(Math.round(Math.abs(d) * 1e6) / 1e4)} ${lang === 'zh' ? '个百分点' : 'pp'}`;
    else if (c.before !== 0) delta = `${sign}${plain(Math.round((Math.abs(d) / Math.abs(c.before)) * 1000) / 10)}%`;
  }
  const arrow = `${show(c.before, c.rate)} → ${show(c.after, c.rate)}`;
  return delta ? (lang === 'zh' ? `${label} ${delta}（${arrow}）` : `${label} ${delta} (${arrow})`) : `${label}${lang === 'zh' ? '：' : ': '}${arrow}`;
}
