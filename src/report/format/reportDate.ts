/**
 * The report date on its own (no report model imported), so the CLI can check `--date`
 * before it loads any report code (issue #12: `--help` and option errors stay fast).
 */

/** Report generation date: `--date`, else `SOURCE_DATE_EPOCH` (seconds), else today (UTC), as `YYYY-MM-DD`. */
export function reportDate(option: string | undefined, sourceDateEpoch: string | undefined, now: Date): string {
  if (option !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(option) || Number.isNaN(Date.parse(`${option}T00:00:00Z`))) {
      throw new RangeError(`--date 应为 YYYY-MM-DD / --date must be YYYY-MM-DD, got ${option}`);
    }
    return option;
  }
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    const s = Number(sourceDateEpoch);
    if (!Number.isInteger(s) || s < 0) throw new RangeError(`SOURCE_DATE_EPOCH 应为整数秒 / must be whole seconds, got ${sourceDateEpoch}`);
    return new Date(s * 1000).toISOString().slice(0, 10);
  }
  return now.toISOString().slice(0, 10);
}
