/**
 * The commission's risk matrices (SPEC §0 user 2, §10 `limits`/`findings`): towns × years and
 * districts × years, each cell the worst level of the limits evaluated for that subject in
 * that year, with counts, so a cell reads in text (✗ 2 / ! 3 / ✓) and not by colour alone.
 * A town's row gathers its own limits and those of its PPP projects and special bonds.
 */
import type { LimitRow, RunResult, Tier, TownStatus } from '../../core/result.ts';
import { tierEdgesSpansText, type TierRuleId } from '../../charts/lines.ts';
import type { Lang } from '../i18n.ts';
import type { ScenarioMeta } from '../meta.ts';
import { districtOf, townOf } from '../meta.ts';

export type CellLevel = 'ok' | 'warning' | 'breach' | 'none';

export interface Cell {
  readonly year: number;
  readonly level: CellLevel;
  readonly breaches: number;
  readonly warnings: number;
  /** Rule ids crossed (warning or breach) in the cell, sorted. */
  readonly rules: readonly string[];
}

export interface TownRow {
  readonly id: string;
  readonly name: string;
  readonly district: string;
  readonly cells: readonly (Cell & { readonly status: TownStatus | null })[];
}

/** A district-year: the worst level of its limits, with both tiers of SPEC §6 side by side. */
export interface DistrictCell extends Cell {
  /** Tier of the legal ratio (official, `district.tier`). */
  readonly tier: Tier | null;
  readonly legalRatio: number | null;
  /** Tier of the broad ratio (the commission's practice line, `district.tier-broad`). */
  readonly tierBroad: Tier | null;
  readonly broadRatio: number | null;
  /** Composite ratio above the risk-warning trigger. */
  readonly onWarning: boolean;
}

export interface DistrictRow {
  readonly id: string;
  readonly name: string;
  readonly cells: readonly DistrictCell[];
}

const finiteOrNull = (x: number | null | undefined): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

function cellOf(year: number, rows: readonly LimitRow[]): Cell {
  let breaches = 0;
  let warnings = 0;
  const rules = new Set<string>();
  for (const l of rows) {
    if (l.level === 'breach') breaches++;
    else if (l.level === 'warning') warnings++;
    if (l.level !== 'ok') rules.add(l.rule);
  }
  const level: CellLevel = rows.length === 0 ? 'none' : breaches > 0 ? 'breach' : warnings > 0 ? 'warning' : 'ok';
  return { year, level, breaches, warnings, rules: [...rules].sort() };
}

/** Limits grouped by `key(subject)` and year. */
function group(limits: readonly LimitRow[], key: (l: LimitRow) => string | null, filter: (l: LimitRow) => boolean): Map<string, LimitRow[]> {
  const out = new Map<string, LimitRow[]>();
  for (const l of limits) {
    if (!filter(l)) continue;
    const k = key(l);
    if (k === null) continue;
    const id = `${k}|${l.year}`;
    const list = out.get(id);
    if (list) list.push(l);
    else out.set(id, [l]);
  }
  return out;
}

export interface MatrixFilter {
  /** Only rows of this district (null: all). */
  readonly district?: string | null;
  /** Only limits of this rule (null: all). */
  readonly rule?: string | null;
}

const ruleFilter = (f: MatrixFilter) => (l: LimitRow) => !f.rule || l.rule === f.rule;

/** Towns × years. */
export function townMatrix(r: RunResult, meta: ScenarioMeta, filter: MatrixFilter = {}): TownRow[] {
  const byCell = group(r.limits, (l) => townOf(meta, l.subject), ruleFilter(filter));
  return meta.towns
    .filter((t) => !filter.district || t.district === filter.district)
    .map((t) => {
      const res = r.towns.find((x) => x.id === t.id);
      return {
        id: t.id,
        name: t.name,
        district: t.district,
        cells: r.years.map((y, k) => ({ ...cellOf(y, byCell.get(`${t.id}|${y}`) ?? []), status: res?.status[k] ?? null })),
      };
    });
}

/** Districts × years: the legal and broad tiers and ratios, the warning flag, and the worst level of every limit of the district's own. */
export function districtMatrix(r: RunResult, meta: ScenarioMeta, filter: MatrixFilter = {}): DistrictRow[] {
  const byCell = group(r.limits, (l) => (l.subject.kind === 'district' ? l.subject.id : null), ruleFilter(filter));
  return meta.districts
    .filter((d) => !filter.district || d.id === filter.district)
    .map((d) => {
      const res = r.districts.find((x) => x.id === d.id);
      return {
        id: d.id,
        name: d.name,
        cells: r.years.map((y, k): DistrictCell => ({
          ...cellOf(y, byCell.get(`${d.id}|${y}`) ?? []),
          tier: res?.tier[k] ?? null, legalRatio: finiteOrNull(res?.legalRatio[k]),
          tierBroad: res?.tierBroad[k] ?? null, broadRatio: finiteOrNull(res?.broadRatio[k]),
          onWarning: res?.onWarning[k] ?? false,
        })),
      };
    });
}

/** The text a cell shows: `✗2 !3`, `!1`, `✓`, or `·` when nothing was evaluated. */
export function cellText(c: Cell): string {
  if (c.level === 'none') return '·';
  if (c.level === 'ok') return '✓';
  return [c.breaches > 0 ? `✗${c.breaches}` : '', c.warnings > 0 ? `!${c.warnings}` : ''].filter(Boolean).join(' ');
}

/** Findings kept by a district and a rule filter (null: any); a finding without a district passes only the empty district filter. */
export function filterFindings<F extends { readonly rule: string; readonly subject: { readonly kind: string; readonly id: string } }>(
  findings: readonly F[],
  meta: ScenarioMeta,
  filter: MatrixFilter,
): F[] {
  return findings.filter((f) => (!filter.rule || f.rule === filter.rule) && (!filter.district || districtOf(meta, f.subject) === filter.district));
}

/** Rule ids that appear among the findings, sorted (for the rule filter). */
export function findingRules(findings: readonly { readonly rule: string }[]): string[] {
  return [...new Set(findings.map((f) => f.rule))].sort();
}

/**
 * The tier edges in force for the districts × years legend (the result's `thresholds`, SPEC §10), or null when the tier
 * rule is not in force: `district.tier` (legal ratio, the cells' colour) by default, `district.tier-broad` for the broad ratio's practice tier.
 */
export function tierLegend(r: RunResult, lang: Lang, rule: TierRuleId = 'district.tier'): string | null {
  return tierEdgesSpansText(r.thresholds, r.years, lang, rule);
}
