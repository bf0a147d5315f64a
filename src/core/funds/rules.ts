import { assertNever } from '../model/expand.ts';
import { ruleDef, ruleInForce } from '../rules/inForce.ts';
import type { Finding, LimitRow, RuleId, RuleOverrides, RuleVersion } from '../rules/types.ts';
import type { FundMultiples } from './metrics.ts';
import type { Fund, Guarantee } from './types.ts';

/** The limit rows and findings of one fund (SPEC §5, §10 `limits`/`findings`, §11 `fund.*`). */
export interface FundChecks {
  readonly limits: LimitRow[];
  readonly findings: Finding[];
}

interface Check {
  readonly rule: RuleId;
  readonly version: RuleVersion;
  readonly value: number | null;
  readonly limit: number | null;
  readonly headroom: number | null;
  readonly broken: boolean;
  /** `[中文, English]` detail after the rule's own text. */
  readonly detail: readonly [string, string];
}

const f2 = (x: number | null): string => (x === null ? '—' : x.toFixed(2));

/**
 * Evaluates the fund rules of SPEC §11, each in the version in force in the fund's
 * `establishedYear` with the scenario's overrides (SPEC §1 "Dated rules"); every row is dated
 * `establishedYear`. Headroom is in the unit of the restricted quantity (SPEC §6 "Headroom"):
 *
 * - `fund.government-share` (G/S > cap): more government commitment x keeps
 *   `(G + x)/(S + x) ≤ cap` while `x ≤ (cap·S − G)/(1 − cap)` 万元 (null when cap ≥ 1);
 * - `fund.return-investment` (返投倍数 < requirement; the fund's own requirement overrides the
 *   rule's): amount invested in the towns that may go, `local − requirement·G` 万元;
 * - `fund.investment-multiple` (multiple < threshold; the fund's threshold overrides):
 *   `mobilised − threshold·G` 万元;
 * - `fund.guarantee` (any forbidden term): value = number of terms, limit 0, headroom `−terms`.
 */
export function fundChecks(fund: Fund, m: FundMultiples, peakGuaranteed: number, rules: RuleOverrides): FundChecks {
  const checks: Check[] = [];
  const at = (id: RuleId): RuleVersion | null => ruleInForce(id, fund.establishedYear, rules);
  const G = m.governmentCommitment;

  const share = at('fund.government-share');
  if (share && share.threshold !== null) {
    const cap = share.threshold;
    checks.push({ rule: 'fund.government-share', version: share, value: fund.governmentShare, limit: cap,
      headroom: cap < 1 ? (cap * fund.size - G) / (1 - cap) : null, broken: fund.governmentShare > cap,
      detail: [`政府出资比例 ${f2(fund.governmentShare)}，上限 ${f2(cap)}`, `government share ${f2(fund.governmentShare)}, cap ${f2(cap)}`] });
  }
  const ret = at('fund.return-investment');
  const req = fund.returnInvestmentRequirement ?? ret?.threshold ?? null;
  if (ret && req !== null) {
    const r = m.returnInvestmentRatio;
    checks.push({ rule: 'fund.return-investment', version: ret, value: r, limit: req,
      headroom: r === null ? null : m.investedLocally - req * G, broken: r !== null && r < req,
      detail: [`返投倍数 ${f2(r)}，要求 ${f2(req)}`, `return-investment ratio ${f2(r)}, required ${f2(req)}`] });
  }
  const mult = at('fund.investment-multiple');
  const min = fund.investmentMultipleThreshold ?? mult?.threshold ?? null;
  if (mult && min !== null) {
    const x = m.investmentMultiple;
    checks.push({ rule: 'fund.investment-multiple', version: mult, value: x, limit: min,
      headroom: x === null ? null : m.mobilised - min * G, broken: x !== null && x < min,
      detail: [`投资倍数 ${f2(x)}，门槛 ${f2(min)}`, `investment multiple ${f2(x)}, threshold ${f2(min)}`] });
  }
  const guar = at('fund.guarantee');
  if (guar) {
    const n = fund.guarantees.length;
    const [zh, en] = describeGuarantees(fund.guarantees);
    checks.push({ rule: 'fund.guarantee', version: guar, value: n, limit: 0, headroom: -n, broken: n > 0,
      detail: [`${zh}；担保金额峰值 ${f2(peakGuaranteed)} 万元计入隐性债务`, `${en}; peak guaranteed amount ${f2(peakGuaranteed)} 万元 counts as hidden debt`] });
  }
  return toRows(fund, checks);
}

function toRows(fund: Fund, checks: readonly Check[]): FundChecks {
  const subject = { kind: 'fund', id: fund.id } as const;
  const year = fund.establishedYear;
  const limits: LimitRow[] = [];
  const findings: Finding[] = [];
  for (const c of checks) {
    const level = c.broken ? c.version.level : 'ok';
    limits.push({ rule: c.rule, subject, year, value: c.value, limit: c.limit, headroom: c.headroom, level });
    if (level === 'ok') continue;
    const def = ruleDef(c.rule);
    findings.push({ rule: c.rule, source: c.version.source, level, subject, year, value: c.value, limit: c.limit, headroom: c.headroom,
      message: `基金 ${fund.id}：${def.zh}（${c.detail[0]}；${c.version.source}） / Fund ${fund.id}: ${def.en} (${c.detail[1]}; ${c.version.source})` });
  }
  return { limits, findings };
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
