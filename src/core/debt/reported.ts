/**
 * Reported debt in actual years (SPEC §12 "Debt by type … uses the reported general and
 * special balances and limits in actual years", §6): where a district reported a figure for
 * a year, it replaces the model's — 一般债务 and 专项债务 balances (the district's whole
 * balance, the towns' special bonds and swap bonds included), their limits (the total limit
 * follows as their sum) and hidden debt (the towns' hidden debt included). Unreported years and
 * fields keep the model's figures.
 */
type Series = Float64Array;

/** The reported fields, each per simulated year; null where nothing was reported. */
export interface ReportedDistrictDebt {
  readonly generalDebt: readonly (number | null)[];
  readonly specialDebt: readonly (number | null)[];
  readonly generalLimit: readonly (number | null)[];
  readonly specialLimit: readonly (number | null)[];
  readonly hiddenDebt: readonly (number | null)[];
}

/** The series the reported figures replace, changed in place. */
export interface ReportableSeries {
  readonly generalDebt: Series;
  readonly specialDebt: Series;
  readonly hiddenDebt: Series;
  readonly debtLimit: Series;
  readonly generalLimit: Series | null;
  readonly specialLimit: Series | null;
}

/** Writes the reported figures over the model's, year by year. */
export function applyReported(r: ReportedDistrictDebt, s: ReportableSeries, n: number): void {
  for (let i = 0; i < n; i++) {
    const put = (target: Series | null, v: number | null | undefined): void => {
      if (target && v !== null && v !== undefined) target[i] = v;
    };
    put(s.generalDebt, r.generalDebt[i]);
    put(s.specialDebt, r.specialDebt[i]);
    put(s.hiddenDebt, r.hiddenDebt[i]);
    put(s.generalLimit, r.generalLimit[i]);
    put(s.specialLimit, r.specialLimit[i]);
    const gl = r.generalLimit[i] ?? null, sl = r.specialLimit[i] ?? null;
    if (gl === null && sl === null) continue;
    // the total limit is the sum of the two (SPEC §6); a type not reported keeps the model's limit
    const g = gl ?? (s.generalLimit ? s.generalLimit[i] ?? 0 : null);
    const sp = sl ?? (s.specialLimit ? s.specialLimit[i] ?? 0 : null);
    if (g !== null && sp !== null) s.debtLimit[i] = g + sp;
  }
}
