/**
 * Eligibility and scaling of a program's claim (SPEC §3 "Eligibility filters", "Dynamic
 * management"): static filters on region, theme, district, flagship and town id; the stage
 * filter and `stageFactor` read the stage in the earning year; removed and inactive towns
 * earn nothing, rectify years are scaled by `rectifyPayFactor`.
 */
import type { Region, Town } from '../model/scenario.ts';
import { STAGE_OF_CODE } from './frame.ts';
import { STATUS } from './status.ts';
import type { ProgramCommon } from './types.ts';

/** Whether the town passes the program's filters that do not change over time. */
export function staticallyEligible(p: ProgramCommon, town: Town): boolean {
  const e = p.eligibility;
  return (
    (e.regions === null || e.regions.includes(town.region)) &&
    (e.themes === null || e.themes.includes(town.theme)) &&
    (e.districts === null || e.districts.includes(town.district)) &&
    (e.towns === null || e.towns.includes(town.id)) &&
    (e.flagship === null || e.flagship === town.flagship)
  );
}

/**
 * `stageFactor[stage] · regionFactor[region]` in a year with stage code `stage`, or 0 when
 * the town is inactive or its stage is not eligible.
 */
export function stageScale(p: ProgramCommon, town: Pick<Town, 'region'>, stage: number): number {
  const s = STAGE_OF_CODE[stage];
  if (s === undefined || s === null) return 0;
  if (p.eligibility.stages !== null && !p.eligibility.stages.includes(s)) return 0;
  return p.stageFactor[s] * p.regionFactor[town.region];
}

/**
 * `stageScale` by stage code (0–3) for a town in `region`, kept per program and region. Safe:
 * programs are immutable scenario data, kept by a Monte Carlo path (stress/shock.ts), and the
 * scale reads only the program, the stage and the region. Lets a claim loop index by code.
 */
export function stageScales(p: ProgramCommon, region: Region): Float64Array {
  let byRegion = SCALES.get(p);
  if (!byRegion) {
    byRegion = new Map();
    SCALES.set(p, byRegion);
  }
  let out = byRegion.get(region);
  if (!out) {
    const town = { region } as Pick<Town, 'region'>;
    out = Float64Array.from(STAGE_OF_CODE, (_, code) => stageScale(p, town, code));
    byRegion.set(region, out);
  }
  return out;
}

const SCALES = new WeakMap<ProgramCommon, Map<Region, Float64Array>>();

/** Status scaling of a claim earned in a year: 1 active, `rectifyPayFactor` rectify, 0 otherwise. */
export function statusScale(status: number, rectifyPayFactor: number): number {
  if (status === STATUS.active) return 1;
  if (status === STATUS.rectify) return rectifyPayFactor;
  return 0;
}
