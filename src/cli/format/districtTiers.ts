/**
 * District tiers for `townfisc run` and `check` (SPEC §6 "Risk tiers"): per district two
 * rows side by side — the legal ratio's tier (official, `district.tier`) and the broad
 * ratio's tier (the commission's practice line, `district.tier-broad`) — each year's cell
 * `tier ratio`, with `⚠` where the district is on risk warning (composite ratio above the
 * trigger). Read from the result; labels from the rule table.
 */
import type { Scenario } from '../../core/model/scenario.ts';
import type { DistrictResult, RunResult, Tier } from '../../core/result.ts';
import { ruleDef } from '../../core/rules/inForce.ts';
import { fmtRatio, renderTable } from './table.ts';

const TIER_ZH: Readonly<Record<Tier, string>> = { green: '绿', yellow: '黄', orange: '橙', red: '红' };

function cells(tiers: readonly (Tier | null)[], ratios: readonly (number | null)[], warning: readonly boolean[]): string[] {
  return tiers.map((t, i) => `${t === null ? '—' : `${TIER_ZH[t]} ${fmtRatio(ratios[i] ?? null)}`}${warning[i] ? ' ⚠' : ''}`);
}

/** The table: district, which ratio, one column per year. */
export function districtTiers(r: RunResult, s: Pick<Scenario, 'districts'>): string {
  const names = new Map(s.districts.map((d) => [d.id, d.name]));
  const legal = ruleDef('district.tier').label;
  const broad = ruleDef('district.tier-broad').label;
  const rows = r.districts.flatMap((d: DistrictResult) => [
    [names.get(d.id) ?? d.id, `${legal.zh} ${legal.en}`, ...cells(d.tier, d.legalRatio, d.onWarning)],
    ['', `${broad.zh} ${broad.en}`, ...cells(d.tierBroad, d.broadRatio, d.onWarning)],
  ]);
  const table = renderTable(['区 district', '口径 measure', ...r.years.map(String)], rows, ['left', 'left']);
  return `${table}\n⚠ 风险预警：综合债务率超过触发线 / on risk warning: composite ratio above the trigger`;
}
