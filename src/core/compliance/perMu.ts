/**
 * Per-mu land productivity (SPEC §7, 发改规划〔2021〕1383号), from the operation stage on,
 * per mu (亩) of construction land:
 * - `town.investment-per-mu`: cumulative investment completed / mu below 200万元 — a warning;
 * - `town.tax-per-mu`: tax in the year / mu below 10万元 — a warning.
 */
import type { Town } from '../model/scenario.ts';
import { ruleDef } from '../rules/inForce.ts';
import type { RuleDef, RuleVersion, Subject } from '../rules/types.ts';
import { floorHeadroom } from '../rules/headroom.ts';
import { wan } from '../rules/format.ts';
import { recordFinding, recordRow, threshold, townSubject } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import type { ComplianceContext } from './context.ts';
import type { TownFacts } from './townFacts.ts';
import { kmToMu } from './units.ts';

type PerMuRule = 'town.investment-per-mu' | 'town.tax-per-mu';

const TEXT: Readonly<Record<PerMuRule, { zh: string; en: string }>> = {
  'town.investment-per-mu': { zh: '累计投资', en: 'cumulative investment' },
  'town.tax-per-mu': { zh: '当年税收', en: 'tax this year' },
};

const DEFS: Readonly<Record<PerMuRule, RuleDef>> = {
  'town.investment-per-mu': ruleDef('town.investment-per-mu'),
  'town.tax-per-mu': ruleDef('town.tax-per-mu'),
};

/**
 * Records both rules in operation years: value = quantity / mu (null when there is no
 * construction land; land and investment to date as reported where reported, SPEC §12), limit = the floor (万元/mu), headroom in 万元 of the quantity that
 * may be lost: `quantity − floor·mu`.
 */
export function perMuLimits(out: Collector, town: Town, facts: TownFacts, ctx: ComplianceContext): void {
  const subject = townSubject(town.id);
  const investment = ctx.inForce['town.investment-per-mu'];
  const tax = ctx.inForce['town.tax-per-mu'];
  for (let i = 0; i < facts.years.length; i++) {
    if (!facts.operating[i]) continue;
    const year = facts.years[i] ?? 0;
    const mu = kmToMu(facts.constructionLandKm2[i] ?? 0);
    const reported = facts.landReported[i] === true;
    one(out, 'town.investment-per-mu', investment[i] ?? null, subject, year, facts.investmentToDate[i] ?? 0, mu, facts.investmentReported[i] === true, reported);
    one(out, 'town.tax-per-mu', tax[i] ?? null, subject, year, facts.tax[i] ?? 0, mu, false, reported);
  }
}

function one(
  out: Collector, id: PerMuRule, rule: RuleVersion | null, subject: Subject, year: number, q: number, mu: number,
  qReported: boolean, landReported: boolean,
): void {
  if (!rule) return;
  const floor = threshold(rule);
  const value = mu > 0 ? q / mu : null;
  const def = DEFS[id];
  const row = recordRow(out, def, rule, subject, year, value, floor, floorHeadroom(q, mu, floor));
  if (row.level === 'ok' || out.quiet === true) return; // a quiet run keeps no findings: no message to build
  const rq = qReported ? '（上报）' : '';
  const rl = landReported ? '（上报）' : '';
  recordFinding(out, def, row, rule.source, undefined, [
    `${TEXT[id].zh}${rq} ${wan(q)} 万元，建设用地${rl} ${wan(mu)} 亩`,
    `${TEXT[id].en}${qReported ? ' (reported)' : ''} ${wan(q)} 万元 on ${wan(mu)} mu of construction land${landReported ? ' (reported)' : ''}`,
  ]);
}
