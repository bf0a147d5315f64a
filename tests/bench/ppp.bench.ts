/**
 * PPP engine benchmark (issue #4): 500 projects over a 40-year horizon, mixed mechanisms,
 * formulas and loans. Prints the median of a few runs for the whole `simulatePpp` (with fen
 * rounding at the output boundary and every rule) and for the year-loop core alone.
 * Target: under 100 ms.
 */
import { simulatePpp, simulatePppCore, type PppScenario } from '../../src/core/ppp/simulate.ts';
import type { PppProject } from '../../src/core/ppp/types.ts';

const START = 2026;
const YEARS = 40;
const flat = (base: number, growth = 0) => ({ kind: 'growth', base, growth }) as const;

export function projects(n: number): PppProject[] {
  const mechanisms = ['government-pay', 'viability-gap', 'user-pay'] as const;
  return Array.from({ length: n }, (_, i): PppProject => {
    const cost = 20000 + ((i * 7919) % 130000);
    const op = 20 + (i % 11);
    return {
      id: `p${i}`, name: `项目${i}`, town: `t${i % 25}`, mechanism: mechanisms[i % 3]!,
      regime: START - 3 + (i % 10) >= 2023 ? 'new' : 'old', ringFenced: false, constructionSupport: 0, approvedEstimate: null,
      procurementYear: START - 3 + (i % 10), constructionStartYear: START - 3 + (i % 10),
      constructionCost: cost, constructionSchedule: i % 2 ? [0.3, 0.4, 0.3] : [0.5, 0.5], operationYears: op,
      capitalRatio: 0.2 + (i % 3) * 0.05, governmentEquityShare: 0.1 + (i % 4) * 0.1,
      loan: { rate: 0.045, tenorYears: op - 2, graceYears: i % 3, repayment: i % 2 ? 'annuity' : 'equal-principal' },
      idc: i % 5 ? 'capitalised' : 'paid-by-equity',
      operatingCost: flat(cost * 0.02, 0.02), userRevenue: flat(cost * 0.03, 0.03), demandFactor: 1,
      profitRate: 0.06,
      subsidy: { formula: i % 2 ? 'annuity' : 'mof-2015', base: 'private-cost', periodYears: op },
      performance: { constructionLink: 0.3, operationLink: 1, scores: [1, 0.95, 0.9] },
      concessionSubsidy: flat(0),
      riskBearing: i % 2 ? { kind: 'proportion', construction: 0.01, operation: 0.02 }
        : { kind: 'scenarios', period: 'operation', cases: [{ name: 'base', amount: 50, probability: 0.8 }, { name: 'worst', amount: 400, probability: 0.2 }] },
      supportingInputs: [{ name: '征地', year: START - 3 + (i % 10), cost: 500, partnerPays: 100 }],
      taxes: { corporateIncomeTax: 0.25, vatOnGovernmentPayments: i % 4 ? null : 0.06 },
      payer: { budget: 'general', level: i % 2 ? 'city' : `d${i % 5}` },
      guarantees: i % 17 ? [] : [{ kind: 'minimum-revenue', expectedCostPerYear: 100 }],
      register: { operationMode: 'BOT', phase: 'execution', sector: '市政', inNationalRegister: true },
      psc: { constructionCost: null, operatingCost: null, userRevenue: null, competitiveNeutrality: flat(20), transferableRisk: { construction: 0.05, operation: 0.05 } },
    };
  });
}

export function scenario(ppp: readonly PppProject[]): PppScenario {
  return {
    startYear: START, horizonYears: YEARS,
    city: {
      name: '广州', budgetRevenue: flat(18_000_000, 0.04), budgetExpenditure: { kind: 'series', series: flat(30_000_000, 0.04) },
      retainedShare: 0.5, existingPppObligations: flat(200_000), discountRate: { kind: 'curve', byTenor: [0.022, 0.024, 0.026, 0.028, 0.03] },
    },
    districts: Array.from({ length: 5 }, (_, d) => ({ id: `d${d}`, budgetExpenditure: flat(2_000_000, 0.03), existingPppObligations: flat(20_000) })),
    towns: Array.from({ length: 25 }, (_, t) => ({ id: `t${t}` })),
    ppp, rules: {},
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** Wall and CPU milliseconds of one call (CPU time is less disturbed by a loaded machine). */
function timed(f: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

export default async function bench(): Promise<void> {
  const s = scenario(projects(500));
  for (let w = 0; w < 3; w++) simulatePpp(s); // warm-up (JIT)
  const core: { wall: number; cpu: number }[] = [];
  const full: { wall: number; cpu: number }[] = [];
  let limits = 0;
  for (let k = 0; k < 15; k++) {
    core.push(timed(() => { limits = simulatePppCore(s).limits.length; }));
    full.push(timed(() => { simulatePpp(s); }));
  }
  const cw = median(core.map((x) => x.wall));
  const cc = median(core.map((x) => x.cpu));
  console.log(`simulatePppCore: 500 projects × ${YEARS} years: ${cw.toFixed(1)} ms wall, ${cc.toFixed(1)} ms CPU (median of 15; obligations, SPV, IRRs, VfM, affordability, ${limits} limit rows, commitments) — target < 100 ms: ${cw < 100 ? 'ok' : 'SLOW'}`);
  console.log(`simulatePpp (+ output boundary: fen rounding with ledger roundFen, results on the years): ${median(full.map((x) => x.wall)).toFixed(1)} ms wall, ${median(full.map((x) => x.cpu)).toFixed(1)} ms CPU`);
}
