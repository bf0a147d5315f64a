import { assertNever } from '../model/expand.ts';
import { exceeds } from '../rules/atLine.ts';
import { wan } from '../rules/format.ts';
import { ruleInForce } from '../rules/inForce.ts';
import { collector, record } from '../rules/recorder.ts';
import type { Finding, LimitRow, RuleId, RuleOverrides, RuleVersion } from '../rules/types.ts';
import type { FundMultiples } from './metrics.ts';
import type { Fund, Guarantee } from './types.ts';

/** The limit rows and findings of one fund (SPEC §5, §10 `limits`/`findings`, §11 `fund.*`). */
export interface FundChecks {
  readonly limits: LimitRow[];
  readonly findings: Finding[];
}

const f2 = (x: number | null): string => (x === null ? '—' : x.toFixed(2));

/**
 * Evaluates the fund rules of SPEC §11, each in the version in force in the fund's
 * `establishedYear` with the scenario's overrides (SPEC §1 "Dated rules"); every row is dated
 * `establishedYear` and recorded through the shared recorder (lines judged at the line, SPEC §1).
 * Headroom is in the unit of the restricted quantity (SPEC §6 "Headroom"):
 *
 * - `fund.government-share` (G/S > cap): more government commitment x keeps
 *   `(G + x)/(S + x) ≤ cap` while `x ≤ (cap·S − G)/(1 − cap)` 万元 (null when cap ≥ 1);
 * - `fund.return-investment` (返投倍数 < requirement; the fund's own requirement overrides the
 *   rule's): amount invested in the towns that may go, `local − requirement·G` 万元;
 * - `fund.investment-multiple` (multiple < threshold; the fund's threshold overrides):
 *   `mobilised − threshold·G` 万元;
 * - `fund.guarantee` (any forbidden term): value = number of terms, limit 0, headroom `−terms`;
 * - `fund.real-estate` (财预〔2015〕210号 第十二条): value = the fund's real-estate investment
 *   (万元), limit 0, headroom its negative; a breach when above 0.
 */
export function fundChecks(fund: Fund, m: FundMultiples, peakGuaranteed: number, rules: RuleOverrides): FundChecks {
  const out = collector();
  const at = (id: RuleId): RuleVersion | null => ruleInForce(id, fund.establishedYear, rules);
  const subject = { kind: 'fund', id: fund.id } as const;
  const year = fund.establishedYear;
  const G = m.governmentCommitment;

  const share = at('fund.government-share');
  if (share && share.threshold !== null) {
    const cap = share.threshold;
    record(out, { rule: 'fund.government-share', version: share, subject, year, value: fund.governmentShare, limit: cap,
      headroom: cap < 1 ? (cap * fund.size - G) / (1 - cap) : null,
      detail: () => [`政府认缴 ${wan(G)} 万元，基金规模 ${wan(fund.size)} 万元`, `government commitment ${wan(G)} 万元 of a ${wan(fund.size)} 万元 fund`] });
  }
  const ret = at('fund.return-investment');
  const req = fund.returnInvestmentRequirement ?? ret?.threshold ?? null;
  if (ret && req !== null) {
    const r = m.returnInvestmentRatio;
    record(out, { rule: 'fund.return-investment', version: ret, subject, year, value: r, limit: req,
      headroom: r === null ? null : m.investedLocally - req * G,
      detail: () => [`投资于本市小镇 ${wan(m.investedLocally)} 万元`, `${wan(m.investedLocally)} 万元 invested in the city's towns`] });
  }
  const mult = at('fund.investment-multiple');
  const min = fund.investmentMultipleThreshold ?? mult?.threshold ?? null;
  if (mult && min !== null) {
    const x = m.investmentMultiple;
    record(out, { rule: 'fund.investment-multiple', version: mult, subject, year, value: x, limit: min,
      headroom: x === null ? null : m.mobilised - min * G,
      detail: () => [`带动投资 ${wan(m.mobilised)} 万元`, `${wan(m.mobilised)} 万元 of investment mobilised`] });
  }
  const guar = at('fund.guarantee');
  if (guar) {
    const n = fund.guarantees.length;
    record(out, { rule: 'fund.guarantee', version: guar, subject, year, value: n, limit: 0, headroom: -n, level: n > 0 ? guar.level : 'ok',
      detail: () => {
        const [zh, en] = describeGuarantees(fund.guarantees);
        return [`${zh}；担保金额峰值 ${f2(peakGuaranteed)} 万元计入隐性债务`, `${en}; peak guaranteed amount ${f2(peakGuaranteed)} 万元 counts as hidden debt`];
      } });
  }
  const estate = at('fund.real-estate');
  if (estate) {
    const x = fund.realEstateInvestment;
    record(out, { rule: 'fund.real-estate', version: estate, subject, year, value: x, limit: 0, headroom: -x, level: exceeds(x, 0) ? estate.level : 'ok',
      detail: () => [`投资房地产 ${wan(x)} 万元`, `${wan(x)} 万元 invested in real estate`] });
  }
  return out;
}

/** `[中文, English]` list of a fund's forbidden terms. */
function describeGuarantees(gs: readonly Guarantee[]): readonly [string, string] {
  if (gs.length === 0) return ['无保本、保收益或回购承诺', 'no principal protection, minimum return or buy-back'];
  const zh: string[] = [];
  const en: string[] = [];
  for (const g of gs) {
    switch (g.kind) {
      case 'principal-protection': zh.push('承诺保本'); en.push('principal protection'); break;
      case 'minimum-return': zh.push(`承诺最低收益 ${f2(g.rate * 100)}%`); en.push(`minimum return ${f2(g.rate * 100)}%`); break;
      case 'buy-back': zh.push(`${g.year}年回购社会资本（年化 ${f2(g.rate * 100)}%）`); en.push(`buy-back of social capital in ${g.year} at ${f2(g.rate * 100)}% a year`); break;
      default: assertNever(g);
    }
  }
  return [zh.join('、'), en.join(', ')];
}
