/** A calendar date: an ISO `YYYY-MM-DD` string, or a `Date` read by its UTC calendar day (SPEC §10). */
export type DateInput = string | Date;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whole days from 1970-01-01 to the date's UTC calendar day (SPEC §10: day counts in
 * calendar days in UTC, no time-zone drift). A `Date` counts by its UTC date, whatever
 * the local zone (build it with `Date.UTC` or an ISO string to mean a calendar day).
 *
 * @returns null for an invalid date (`2026-02-30`, a malformed string, an invalid Date).
 */
export function utcDayNumber(date: DateInput): number | null {
  if (typeof date !== 'string') {
    const ms = date.getTime();
    return Number.isFinite(ms) ? Math.floor(ms / MS_PER_DAY) : null;
  }
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  const probe = new Date(0);
  probe.setUTCFullYear(y, mo - 1, d);
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return Math.floor(probe.getTime() / MS_PER_DAY);
}

/**
 * Years from the first date to each date on Excel's XNPV/XIRR basis: `(d_i − d_0) / 365`
 * (SPEC §10). Null when a date is invalid, the lengths differ from `count`, or a date
 * precedes the first one (Excel: #NUM!).
 */
export function yearsFromFirst(dates: readonly DateInput[], count: number): Float64Array | null {
  if (dates.length !== count || count === 0) return null;
  const out = new Float64Array(count);
  const first = utcDayNumber(dates[0] as DateInput);
  if (first === null) return null;
  for (let i = 0; i < count; i++) {
    const d = utcDayNumber(dates[i] as DateInput);
    if (d === null || d < first) return null;
    out[i] = (d - first) / 365;
  }
  return out;
}
