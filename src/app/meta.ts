/**
 * What the dashboard needs to know about a scenario besides its result: names, the town →
 * district map (to filter findings by district), which town each PPP project and bond
 * belongs to. Built in the worker from the validated scenario; plain data, cloneable.
 */
import type { Scenario } from '../core/model/scenario.ts';

export interface Named {
  readonly id: string;
  readonly name: string;
}

export interface ScenarioMeta {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly startYear: number;
  readonly horizonYears: number;
  readonly districts: readonly Named[];
  readonly towns: readonly (Named & { readonly district: string; readonly theme: string; readonly region: string })[];
  readonly ppp: readonly (Named & { readonly town: string; readonly mechanism: string; readonly payer: string; readonly procurementYear: number })[];
  readonly funds: readonly Named[];
  readonly programs: readonly (Named & { readonly kind: string })[];
  readonly bonds: readonly { readonly id: string; readonly town: string }[];
}

export function scenarioMeta(s: Scenario): ScenarioMeta {
  return {
    id: s.id,
    name: s.name,
    description: s.description,
    startYear: s.startYear,
    horizonYears: s.horizonYears,
    districts: s.districts.map((d) => ({ id: d.id, name: d.name })),
    towns: s.towns.map((t) => ({ id: t.id, name: t.name, district: t.district, theme: t.theme, region: t.region })),
    ppp: s.ppp.map((p) => ({ id: p.id, name: p.name, town: p.town, mechanism: p.mechanism, payer: p.payer.level, procurementYear: p.procurementYear })),
    funds: s.funds.map((f) => ({ id: f.id, name: f.name })),
    programs: s.rewards.programs.map((p) => ({ id: p.id, name: p.name, kind: p.kind })),
    bonds: s.towns.flatMap((t) => t.bonds.map((b) => ({ id: b.id, town: t.id }))),
  };
}

/** The display name of an entity by id, falling back to the id. */
export function nameOf(list: readonly Named[], id: string): string {
  return list.find((e) => e.id === id)?.name ?? id;
}

/** The district a subject of a finding belongs to, when it has one. */
export function districtOf(meta: ScenarioMeta, subject: { readonly kind: string; readonly id: string }): string | null {
  const townDistrict = (town: string) => meta.towns.find((t) => t.id === town)?.district ?? null;
  switch (subject.kind) {
    case 'district':
      return subject.id;
    case 'town':
      return townDistrict(subject.id);
    case 'ppp': {
      const p = meta.ppp.find((x) => x.id === subject.id);
      return p ? townDistrict(p.town) : null;
    }
    case 'bond': {
      const b = meta.bonds.find((x) => x.id === subject.id);
      return b ? townDistrict(b.town) : null;
    }
    default:
      return null;
  }
}

/** The town a subject belongs to (a town, its PPP project or its bond), when it has one. */
export function townOf(meta: ScenarioMeta, subject: { readonly kind: string; readonly id: string }): string | null {
  switch (subject.kind) {
    case 'town':
      return subject.id;
    case 'ppp':
      return meta.ppp.find((x) => x.id === subject.id)?.town ?? null;
    case 'bond':
      return meta.bonds.find((x) => x.id === subject.id)?.town ?? null;
    default:
      return null;
  }
}
