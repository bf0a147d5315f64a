/**
 * `toFrames` (issue #16): each frame against the result JSON it comes from — row counts,
 * column names and units, and a figure per frame — and danfojs-node kept out of the
 * dashboard and the CLI (import graphs of their entries).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { simulate, sumFen, type RunResult, type Scenario } from '../src/index.ts';
import { loadScenarioFile } from '../src/scenario/loadFile.ts';
import { FRAME_COLUMNS, columnNames, resultTables, toFrames, type FrameName, type Frames } from '../src/frames.ts';
import { withGeneratedTables } from '../src/frames/doc.ts';
import { ruleDef } from '../src/core/rules/inForce.ts';
import { importGraph } from './support/importGraph.ts';

let scenario: Scenario;
let result: RunResult;
let frames: Frames;

beforeAll(async () => {
  const loaded = await loadScenarioFile('scenarios/guangzhou-elastic.yaml');
  if (!loaded.ok) throw new Error('elastic scenario invalid');
  scenario = loaded.scenario;
  result = simulate(scenario, { hash: loaded.hash });
  frames = toFrames(result, scenario);
});

/** Rows of a frame as objects (column → value). */
function rows(frame: FrameName): Record<string, unknown>[] {
  const df = frames[frame];
  const cols = df.columns;
  return (df.values as unknown[][]).map((r) => Object.fromEntries(cols.map((c, i) => [c, r[i]])));
}

function row(frame: FrameName, match: Record<string, unknown>): Record<string, unknown> {
  const hits = rows(frame).filter((r) => Object.entries(match).every(([k, v]) => r[k] === v));
  expect(hits, JSON.stringify(match)).toHaveLength(1);
  return hits[0]!;
}

describe('toFrames: shape', () => {
  it('has one row per subject and year (long form), per subject, per limit and per finding', () => {
    const Y = result.years.length; // 15 years, 2026–2040
    expect(Y).toBe(15);
    expect(frames.city.shape).toEqual([Y, FRAME_COLUMNS.city.length]);
    expect(frames.districts.shape[0]).toBe(result.districts.length * Y); // 7 × 15 = 105
    expect(frames.districts.shape[0]).toBe(105);
    expect(frames.towns.shape[0]).toBe(result.towns.length * Y); // 16 × 15 = 240
    expect(frames.towns.shape[0]).toBe(240);
    expect(frames.ppp.shape[0]).toBe(result.ppp.length * Y);
    expect(frames.pppProjects.shape[0]).toBe(result.ppp.length);
    expect(frames.funds.shape[0]).toBe(result.funds.length * Y);
    expect(frames.fundTerms.shape[0]).toBe(result.funds.length);
    expect(frames.limits.shape[0]).toBe(result.limits.length);
    expect(frames.findings.shape[0]).toBe(result.findings.length);
    expect(frames.summary.shape[0]).toBe(1);
  });

  it('names its columns as documented, the towns frame adding claimed/paid per reward program', () => {
    for (const name of Object.keys(FRAME_COLUMNS) as FrameName[]) {
      const fixed = columnNames(name, true);
      if (name === 'towns') {
        expect(frames.towns.columns).toEqual([
          ...fixed,
          'claimed:milestone', 'paid:milestone', 'claimed:assessment', 'paid:assessment',
          'claimed:revenue-return', 'paid:revenue-return',
        ]); // the land-quota program pays in mu, not money: landRewardMu / landDeductionMu
      } else {
        expect(frames[name].columns, name).toEqual(fixed);
      }
    }
    // without the scenario, the scenario-only columns are left out
    const bare = toFrames(result);
    expect(bare.towns.columns).not.toContain('district');
    expect(bare.towns.columns).not.toContain('investmentCompleted');
    expect(bare.ppp.columns).toEqual(columnNames('ppp', false));
    expect(bare.towns.columns.slice(0, 4)).toEqual(['scenario', 'town', 'year', 'status']);
  });

  it('types columns by unit: money, shares and ratios numeric; ids and labels strings; years integers', () => {
    for (const name of Object.keys(FRAME_COLUMNS) as FrameName[]) {
      const df = frames[name];
      for (const spec of FRAME_COLUMNS[name]) {
        const dtype = df.dtypes[df.columns.indexOf(spec.name)];
        const want = spec.unit === 'year' ? 'int32' : spec.unit === 'id' || spec.unit === 'text' ? 'string' : spec.unit === 'flag' ? 'boolean' : 'float32';
        expect(dtype, `${name}.${spec.name}`).toBe(want);
      }
    }
    // units of some columns, as documented
    const unit = (f: FrameName, c: string) => FRAME_COLUMNS[f].find((s) => s.name === c)?.unit;
    expect(unit('city', 'pppShare')).toBe('share');
    expect(unit('districts', 'broadRatio')).toBe('ratio');
    expect(unit('districts', 'debtHeadroom')).toBe('wan');
    expect(unit('towns', 'landRewardMu')).toBe('mu');
    expect(unit('fundTerms', 'governmentIrr')).toBe('rate');
    expect(unit('summary', 'rewardCostPerJob')).toBe('wanPerJob');
    expect(unit('limits', 'value')).toBe('rule');
    expect(unit('limits', 'headroom')).toBe('ruleHeadroom'); // the restricted quantity's unit (SPEC §6)
    expect(unit('districts', 'onWarning')).toBe('flag');
    expect(unit('city', 'poolLapsed')).toBe('wan');
  });

  it('has no NaN or ±Infinity in any cell of any frame (numbers finite or null), and every row as wide as its columns', () => {
    const tables = resultTables(result, scenario);
    for (const name of Object.keys(tables) as FrameName[]) {
      for (const r of tables[name].rows) {
        expect(r, name).toHaveLength(tables[name].columns.length);
        for (const v of r) if (typeof v === 'number') expect(Number.isFinite(v), `${name}: ${String(v)}`).toBe(true);
      }
    }
  });

  it('keeps the columns of an empty table and nulls where the result has none (never NaN)', () => {
    const empty = toFrames({ ...result, findings: [], ppp: [] });
    expect(empty.findings.shape).toEqual([0, FRAME_COLUMNS.findings.length]);
    expect(empty.findings.columns).toEqual(columnNames('findings', false));
    expect(empty.ppp.shape[0]).toBe(0);
    // achievement is null before a town has KPI targets; the frame keeps null, not NaN
    const achievements = frames.towns['achievement'].values as (number | null)[];
    const nulls = result.towns.flatMap((t) => t.achievement).filter((a) => a === null).length;
    expect(achievements.filter((a) => a === null)).toHaveLength(nulls);
    expect(achievements.some((a) => typeof a === 'number' && Number.isNaN(a))).toBe(false);
  });
});

describe('toFrames: figures match the result JSON', () => {
  it('city: fiscal cost and PPP share of the last year', () => {
    const y = result.years.length - 1;
    const r = row('city', { year: result.years[y] });
    expect(r['fiscalCost']).toBe(result.city.fiscalCost[y]);
    expect(r['pppShare']).toBe(result.city.pppShare[y]);
    expect(r['scenario']).toBe('guangzhou-elastic');
  });

  it('districts: broad ratio, tier and headroom of each district in 2030', () => {
    const y = result.years.indexOf(2030);
    for (const d of result.districts) {
      const r = row('districts', { district: d.id, year: 2030 });
      expect(r['broadRatio']).toBe(d.broadRatio[y]);
      expect(r['tier']).toBe(d.tier[y]);
      expect(r['debtHeadroom']).toBe(d.debtHeadroom[y]);
    }
  });

  it('districts: the debt-by-type, warning and swap fields of SPEC §6 (#13), year by year, as in the JSON', () => {
    const keys = ['generalDebt', 'specialDebt', 'generalLimit', 'specialLimit', 'generalHeadroom', 'specialHeadroom', 'generalRatio',
      'specialRatio', 'compositeRatio', 'tierBroad', 'onWarning', 'swapped', 'interestSaved', 'debtServiceRatioNet',
      'interestRatioGeneral', 'interestRatioSpecial', 'bondSupport'] as const;
    for (const d of result.districts) {
      result.years.forEach((year, y) => {
        const r = row('districts', { district: d.id, year });
        for (const k of keys) expect(r[k], `${d.id} ${year} ${k}`).toBe(d[k][y]);
        const parts = d.capacityParts;
        expect(r['capacityGeneralBudget']).toBe(parts ? parts.generalBudget[y] : null);
        expect(r['capacityFundBudget']).toBe(parts ? parts.fundBudget[y] : null);
        expect(r['capacityLand']).toBe(parts ? parts.land[y] : null);
      });
    }
    // legal debt = general + special, fen for fen, on every row (SPEC §6 "Legal debt by type")
    for (const r of rows('districts')) expect(sumFen([r['generalDebt'] as number, r['specialDebt'] as number])).toBe(r['legalDebt']);
  });

  it('city: the reward pool execution of each year (SPEC §10 `city.rewardPool`), and what falls due after the horizon in the summary', () => {
    const pool = result.city.rewardPool;
    result.years.forEach((year, y) => {
      const r = row('city', { year });
      expect([r['pool'], r['poolClaims'], r['poolPaid'], r['poolLapsed'], r['poolQueued'], r['clawbackDue'], r['clawbackRecovered'], r['receivable']])
        .toEqual([pool.pool[y], pool.claims[y], pool.paid[y], pool.lapsed[y], pool.queued[y], pool.clawbackDue[y], pool.clawbackRecovered[y], pool.receivable[y]]);
    });
    expect(rows('summary')[0]!['poolDueAfterHorizon']).toBe(pool.dueAfterHorizon);
    expect(rows('summary')[0]!['receivableAtEnd']).toBe(result.summary.receivableAtEnd);
  });

  it('towns: the paid program columns add up to rewardsTotal, fen for fen, on every row', () => {
    const programs = Object.keys(result.towns[0]!.rewards.byProgram);
    for (const r of rows('towns')) {
      expect(sumFen(programs.map((p) => r[`paid:${p}`] as number)), `${String(r['town'])} ${String(r['year'])}`).toBe(r['rewardsTotal']);
    }
    const t = result.towns[3]!;
    const r = row('towns', { town: t.id, year: 2029 });
    const y = result.years.indexOf(2029);
    expect(r['status']).toBe(t.status[y]);
    expect(r['exposure']).toBe(t.exposure.total[y]);
    expect(r['district']).toBe(scenario.towns.find((s) => s.id === t.id)!.district);
  });

  it('towns: net reward cost over Σ investmentCompleted is the summary’s cost per 万元 invested', () => {
    // rewardCostPerInvestment = (rewards paid − clawbacks recovered) / investment completed (SPEC §3 "Outputs")
    const paid = sumFen(frames.towns['rewardsTotal'].values as number[]);
    const clawback = sumFen(frames.towns['clawback'].values as number[]);
    const invested = (frames.towns['investmentCompleted'].values as number[]).reduce((a, b) => a + b, 0);
    expect(paid).toBe(result.summary.rewardsTotal);
    expect((paid - clawback) / invested).toBeCloseTo(result.summary.rewardCostPerInvestment!, 12);
    // jobs reached = the largest yearly jobs figure per town (a level, not a flow)
    const byTown = new Map<string, number>();
    for (const r of rows('towns')) byTown.set(r['town'] as string, Math.max(byTown.get(r['town'] as string) ?? 0, r['jobs'] as number));
    const jobs = [...byTown.values()].reduce((a, b) => a + b, 0);
    expect((paid - clawback) / jobs).toBeCloseTo(result.summary.rewardCostPerJob!, 12);
  });

  it('ppp: obligations by year and the per-project total and IRR', () => {
    const p = result.ppp[0]!;
    const y = result.years.indexOf(2031);
    expect(row('ppp', { project: p.id, year: 2031 })['obligations']).toBe(p.obligations.total[y]);
    const terms = row('pppProjects', { project: p.id });
    expect(terms['obligationsTotal']).toBe(sumFen(p.obligations.total));
    expect(terms['projectIrr']).toBe(p.projectIrr);
    // Σ of the projects' totals = the summary's PPP obligations total
    expect(sumFen(frames.pppProjects['obligationsTotal'].values as number[])).toBe(result.summary.pppObligationsTotal);
  });

  it('funds: calls by year, and leverage = size / government commitment in the terms frame', () => {
    const f = result.funds[0]!;
    expect(row('funds', { fund: f.id, year: result.years[1] })['calls']).toBe(f.calls[1]);
    const t = row('fundTerms', { fund: f.id });
    expect(t['leverage']).toBe(f.leverage);
    expect(t['leverage']).toBeCloseTo((t['size'] as number) / (t['governmentCommitment'] as number), 12);
    expect(t['governmentIrr']).toBe(f.government.irr);
  });

  it('limits and findings: counts by level match the summary, and a row matches its JSON', () => {
    const levels = frames.limits['level'].values as string[];
    expect(levels.filter((l) => l === 'breach')).toHaveLength(result.summary.breaches);
    expect(levels.filter((l) => l === 'warning')).toHaveLength(result.summary.warnings);
    const f = result.findings[0]!;
    const r = rows('findings')[0]!;
    expect([r['rule'], r['subjectKind'], r['subject'], r['year'], r['level'], r['headroom'], r['message']])
      .toEqual([f.rule, f.subject.kind, f.subject.id, f.year, f.level, f.headroom, f.message]);
  });

  it('limits and findings: each row carries its rule’s unit and headroom unit from the rule table', () => {
    const limits = rows('limits');
    expect(limits.length).toBeGreaterThan(0);
    limits.forEach((r, i) => {
      const def = ruleDef(result.limits[i]!.rule);
      expect([r['rule'], r['unit'], r['headroomUnit']]).toEqual([def.id, def.unit, def.headroomUnit ?? def.unit]);
    });
    // e.g. the PPP share: a share of expenditure whose headroom is in 万元 (SPEC §6 "Headroom")
    const share = limits.find((r) => r['rule'] === 'ppp.share.10')!;
    expect([share['unit'], share['headroomUnit']]).toEqual(['share', 'wan']);
    rows('findings').forEach((r, i) => expect(r['unit']).toBe(ruleDef(result.findings[i]!.rule).unit));
  });

  it('summary: one row with the hash and every documented summary figure', () => {
    const r = rows('summary')[0]!;
    expect(r['hash']).toBe(result.scenario.hash);
    expect(r['wastedOnRemoved']).toBe(result.summary.wastedOnRemoved);
    expect(r['worstTier']).toBe(result.summary.worstTier);
  });
});

describe('danfojs-node stays out of the dashboard and the CLI', () => {
  it('the dashboard’s import graph (page and worker) reaches neither src/frames.ts nor danfojs', () => {
    const g = importGraph('src/app/main.tsx');
    expect(g.modules.size).toBeGreaterThan(30);
    expect(g.modules.has('src/app/worker/worker.ts')).toBe(true);
    expect([...g.modules].filter((m) => m.startsWith('src/frames'))).toEqual([]);
    expect([...g.packages].filter((p) => /danfo|tensorflow/.test(p))).toEqual([]);
  });

  it('the CLI’s import graph reaches neither, so its start does not load them', () => {
    const g = importGraph('src/cli/bin.js');
    expect(g.modules.has('src/cli/main.ts')).toBe(true);
    expect(g.modules.has('src/core/simulate.ts')).toBe(true);
    expect([...g.modules].filter((m) => m.startsWith('src/frames'))).toEqual([]);
    expect([...g.packages].filter((p) => /danfo|tensorflow/.test(p))).toEqual([]);
    // the library entry stays browser-safe too: frames are their own entry
    expect([...importGraph('src/index.ts').packages].filter((p) => /danfo|tensorflow/.test(p))).toEqual([]);
  });

  it('the frames entry does reach danfojs-node (the check above can see it)', () => {
    expect(importGraph('src/frames.ts').packages.has('danfojs-node')).toBe(true);
  });

  it('docs/frames.md documents every column with its unit, and its tables are the generated ones', () => {
    const doc = readFileSync('docs/frames.md', 'utf8');
    // out of date: npx tsx src/tools/framesDoc.ts --write
    expect(doc).toBe(withGeneratedTables(doc));
    for (const name of Object.keys(FRAME_COLUMNS) as FrameName[]) {
      expect(doc, name).toContain(`### \`${name}\``);
      for (const c of FRAME_COLUMNS[name]) expect(doc, `${name}.${c.name}`).toContain(`| \`${c.name}\` | ${c.unit} |`);
    }
  });
});
