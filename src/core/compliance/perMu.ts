/**
 * Per-mu land productivity (SPEC §7, 发改规划〔2021〕1383号), from the operation stage on,
 * per mu (亩) of construction land:
 * - `town.investment-per-mu`: cumulative investment completed / mu below 200万元 — a warning;
 * - `town.tax-per-mu`: tax in the year / mu below 10万元 — a warning.
 */
import type { Town } from '../model/scenario.ts';
import { ruleInForce } from '../rules/inForce.ts';
import type { RuleOverrides } from '../rules/types.ts';
import { floorHeadroom } from '../rules/headroom.ts';
import { wan } from '../rules/format.ts';
import { record, threshold, townSubject } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import type { TownFacts } from './townFacts.ts';
import { kmToMu } from './units.ts';

type PerMuRule = 'town.investment-per-mu' | 'town.tax-per-mu';

const TEXT: Readonly<Record<PerMuRule, { zh: string; en: string }>> = {
  'town.investment-per-mu': { zh: '累计投资', en: 'cumulative investment' },
  'town.tax-per-mu': { zh: '当年税收', en: 'tax this year' },
};

/**
 * Records both rules in operation years: value = quantity / mu (null when there is no
 * construction land), limit = the floor (万元/mu), headroom in 万元 of the quantity that
 * may be lost: `quantity − floor·mu`.
 */
export function perMuLimits(out: Collector, town: Town, facts: TownFacts, rules: RuleOverrides): void {
  const mu = kmToMu(town.land.constructionLandKm2);
  facts.years.forEach((year, i) => {
    if (!facts.operating[i]) return;
    one(out, 'town.investment-per-mu', town.id, year, facts.investmentToDate[i] ?? 0, mu, rules);
    one(out, 'town.tax-per-mu', town.id, year, facts.tax[i] ?? 0, mu, rules);
  });
}

function one(out: Collector, id: PerMuRule, townId: string, year: number, q: number, mu: number, rules: RuleOverrides): void {
  const rule = ruleInForce(id, year, rules);
  if (!rule) return;
  const floor = threshold(rule);
  const value = mu > 0 ? q / mu : null;
  record(out, {
    rule: id, version: rule, subject: townSubject(townId), year, value, limit: floor, headroom: floorHeadroom(q, mu, floor),
    detail: () => [`${TEXT[id].zh} ${wan(q)} 万元，建设用地 ${wan(mu)} 亩`, `${TEXT[id].en} ${wan(q)} 万元 on ${wan(mu)} mu of construction land`],
  });
}
