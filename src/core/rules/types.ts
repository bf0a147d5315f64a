/** Rule evaluation records of SPEC §10 (`limits`, `findings`) and §11 (rule table). */

export type Level = 'ok' | 'warning' | 'breach';
/**
 * What a limit row is about. `program` is a reward program (SPEC §3): rules on a program's
 * design (`reward.tax-linked-enterprise`) are the program's, not a town's or the city's.
 */
export type SubjectKind = 'city' | 'district' | 'town' | 'ppp' | 'fund' | 'bond' | 'program';

export interface Subject {
  readonly kind: SubjectKind;
  readonly id: string;
}

/** One evaluated limit, crossed or not (SPEC §10 `limits`). `value`/`headroom` are null when undefined. */
export interface LimitRow {
  readonly rule: RuleId;
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
  readonly rule: RuleId;
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

/**
 * The unit a rule's value, threshold and headroom are expressed in (SPEC §6 "Headroom"):
 * `share` a decimal fraction shown as percent; `ratio` a plain multiple (debt ratios,
 * DSCR, leverage); `wan` 万元; `wanPerMu` 万元 per mu; `km2` km²; `years`; `count` a whole
 * number (jobs, visitors); `flag` a yes/no term with no threshold.
 */
export type RuleUnit = 'share' | 'ratio' | 'wan' | 'wanPerMu' | 'km2' | 'years' | 'count' | 'flag';

/**
 * One threshold in force (SPEC §10 `thresholds`): for a rule, a kind of subject and a span
 * of key years `[from, to]` (`to` null = open-ended), the line's value in the rule's unit
 * and the level crossing it gives. Multi-threshold rules (tier edges, the warning band,
 * area bounds) give one row per named parameter (`param`); the main threshold has none.
 */
export interface ThresholdRow {
  readonly rule: RuleId;
  readonly subjectKind: SubjectKind;
  readonly from: number;
  readonly to: number | null;
  readonly value: number | null;
  readonly unit: RuleUnit;
  readonly level: Exclude<Level, 'ok'>;
  readonly param?: string;
}

/** Every rule id of SPEC §11: a typo is a compile error. */
export type RuleId =
  | 'ppp.share.10' | 'ppp.share.7' | 'ppp.share.5.government-pay' | 'ppp.performance-link'
  | 'ppp.guaranteed-terms' | 'ppp.concession-2023' | 'ppp.term-40' | 'ppp.spv-control'
  | 'ppp.capital-ratio' | 'ppp.dscr' | 'ppp.vfm' | 'ppp.budget-source' | 'ppp.capex-over-approved'
  | 'fund.real-estate' | 'fund.government-share' | 'fund.return-investment'
  | 'fund.investment-multiple' | 'fund.guarantee' | 'reward.tax-linked-enterprise'
  | 'town.exposure-cap' | 'town.revenue-nonpositive' | 'town.area' | 'town.residential-share'
  | 'town.specialty-share' | 'town.investment-per-mu' | 'town.tax-per-mu' | 'town.jobs'
  | 'town.visitors' | 'town.new-hidden-debt' | 'district.tier' | 'district.tier-broad'
  | 'district.debt-limit' | 'district.debt-limit-general' | 'district.debt-limit-special'
  | 'district.platform-borrowing' | 'district.bonds-on-warning' | 'district.interest-10'
  | 'district.warning-removal-candidate'
  | 'bond.self-balance' | 'bond.negative-list';

/**
 * How a rule's line is worded and compared (SPEC §1 "Wording of lines"): `gt` breaks above
 * the line (超过: the line itself is allowed), `lt` breaks below it (低于/不满: the line itself
 * is enough), `ge` breaks at or above it (达到: e.g. holding 50%), `le` at or below it,
 * `tier` half-open bands (reaching an edge enters the upper tier), `range` outside
 * `[min, max]`, `flag` a term that is present or not (no threshold).
 */
export type Comparison = 'gt' | 'lt' | 'ge' | 'le' | 'tier' | 'range' | 'flag';

export interface RuleDef {
  readonly id: RuleId;
  /** The full statement of the rule (中文 / English). */
  readonly zh: string;
  readonly en: string;
  /** A short label for tables, legends and chart lines. */
  readonly label: { readonly zh: string; readonly en: string };
  readonly unit: RuleUnit;
  /** The unit of the headroom (SPEC §6: the restricted quantity, e.g. 万元 for a share of expenditure); default `unit`. */
  readonly headroomUnit?: RuleUnit;
  readonly comparison: Comparison;
  /** The kinds of subject the rule is evaluated for. */
  readonly subjects: readonly SubjectKind[];
  readonly key: RuleKey;
  /** Ascending by `from`; a year before the first version means the rule is not in force. */
  readonly versions: readonly RuleVersion[];
  /** Marked where the figure was read in secondary sources (SPEC preamble): shown as such in UI and reports. */
  readonly secondary?: boolean;
  /**
   * A practice line, not regulation (SPEC §6 `district.tier-broad`): every crossing — every
   * tier above green — takes the version's level (a warning), never an escalated breach.
   */
  readonly warningOnly?: boolean;
}

/** A dated override version: from key year `from` on, these values replace the table's. */
export interface OverrideVersion {
  readonly from: number;
  readonly threshold?: number;
  readonly level?: Exclude<Level, 'ok'>;
  readonly params?: Readonly<Record<string, number>>;
}

/** One rule's override: `threshold`/`level`/`params` replace every version; `versions` add dated ones on top. */
export interface RuleOverride {
  readonly threshold?: number;
  readonly level?: Exclude<Level, 'ok'>;
  readonly params?: Readonly<Record<string, number>>;
  readonly versions?: readonly OverrideVersion[];
}

/** Scenario overrides by rule id (SPEC §11; dated versions, SPEC §1 "Dated rules"). */
export type RuleOverrides = Readonly<Partial<Record<RuleId, RuleOverride>>>;
