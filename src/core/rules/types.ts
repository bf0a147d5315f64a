/** Rule evaluation records of SPEC §10 (`limits`, `findings`) and §11 (rule table). */

export type Level = 'ok' | 'warning' | 'breach';
export type SubjectKind = 'city' | 'district' | 'town' | 'ppp' | 'fund' | 'bond';

export interface Subject {
  readonly kind: SubjectKind;
  readonly id: string;
}

/** One evaluated limit, crossed or not (SPEC §10 `limits`). `value`/`headroom` are null when undefined. */
export interface LimitRow {
  readonly rule: string;
  readonly subject: Subject;
  readonly year: number;
  readonly value: number | null;
  readonly limit: number | null;
  /** In the unit of the restricted quantity (SPEC §6 "Headroom"); negative when broken; null when undefined. */
  readonly headroom: number | null;
  readonly level: Level;
}

/** A warning or breach with its message and source document (SPEC §10 `findings`). */
export interface Finding {
  readonly rule: string;
  readonly source: string;
  readonly level: Exclude<Level, 'ok'>;
  readonly subject: Subject;
  readonly year: number;
  readonly value: number | null;
  readonly limit: number | null;
  readonly headroom: number | null;
  /** Chinese first, then English: `中文 / English`. */
  readonly message: string;
}

/** Which year a dated rule is keyed to (SPEC §1 "Dated rules"). */
export type RuleKey = 'year' | 'procurementYear' | 'establishedYear';

/** One dated version of a rule: in force from `from` (inclusive) until the next version. */
export interface RuleVersion {
  readonly from: number;
  /** Threshold in the rule's own unit (share, ratio, years, 万元/mu, …); null for rules without one. */
  readonly threshold: number | null;
  /** Further named parameters of multi-threshold rules (area bounds, tier edges, warning band). */
  readonly params?: Readonly<Record<string, number>>;
  readonly level: Exclude<Level, 'ok'>;
  /** Document number(s) of this version. */
  readonly source: string;
}

export interface RuleDef {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  readonly key: RuleKey;
  /** Ascending by `from`; a year before the first version means the rule is not in force. */
  readonly versions: readonly RuleVersion[];
  /** Marked where the figure was read in secondary sources (SPEC preamble): shown as such in UI and reports. */
  readonly secondary?: boolean;
}

/** Scenario overrides: per rule id, replace threshold and/or level of every version. */
export type RuleOverrides = Readonly<
  Record<string, { readonly threshold?: number; readonly level?: Exclude<Level, 'ok'>; readonly params?: Readonly<Record<string, number>> }>
>;
