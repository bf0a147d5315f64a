/**
 * Acceptance (issue #11): a scenario that overrides the tier edges to 0.5/0.8/1.0 (since issue #13
 * both tier rules: `district.tier` on the legal ratio, `district.tier-broad` on the broad) and
 * `ppp.share.7` to 3% draws those lines everywhere — the dashboard's district matrix and
 * its legend, the overview and compare chart data, the HTML report (charts, bands, the
 * districts' tier note, the 财承 status) and `townfisc check`. The tiers themselves come from
 * the core, which applies overrides; this test asserts the lines, bands and colours drawn.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { scenarioMeta, type ScenarioMeta } from '../src/app/meta.ts';
import { districtMatrix, tierLegend } from '../src/app/risk/matrix.ts';
import { OVERLAY_SERIES, overlay } from '../src/charts/compare.ts';
import { broadRatios, pppShare } from '../src/charts/overview.ts';
import type { ChartData } from '../src/charts/types.ts';
import type { Scenario } from '../src/core/model/scenario.ts';
import type { RunResult } from '../src/core/result.ts';
import { reaches } from '../src/core/rules/atLine.ts';
import { simulate } from '../src/core/simulate.ts';
import { pppLine } from '../src/cli/format/runSummary.ts';
import { buildHtml } from '../src/report/html/buildHtml.ts';
import { buildReport } from '../src/report/model/buildReport.ts';
import { loadScenarioFile } from '../src/scenario/loadFile.ts';
import { townfisc } from './support/cli.ts';

const BASELINE = resolvePath('scenarios/guangzhou-baseline.yaml');
const OVERRIDE = {
  extends: BASELINE,
  id: 'tight-lines',
  name: '收紧规则线',
  rules: {
    'district.tier': { params: { yellow: 0.5, orange: 0.8, red: 1.0 } },
    'district.tier-broad': { params: { yellow: 0.5, orange: 0.8, red: 1.0 } },
    'ppp.share.7': { threshold: 0.03 },
  },
};

interface Run { scenario: Scenario; result: RunResult; meta: ScenarioMeta }
let file: string;
let base: Run;
let tight: Run;

async function load(path: string): Promise<Run> {
  const r = await loadScenarioFile(path);
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  const result = simulate(r.scenario, { hash: r.hash });
  return { scenario: r.scenario, result, meta: scenarioMeta(r.scenario) };
}

/** The tier of a (legal or broad) ratio with the overridden edges, half-open, at the line in the upper tier (SPEC §1). */
function tierAt(x: number): string {
  if (reaches(x, 1.0)) return 'red';
  if (reaches(x, 0.8)) return 'orange';
  if (reaches(x, 0.5)) return 'yellow';
  return 'green';
}

const dashed = (c: ChartData) => c.datasets.filter((d) => d.dashed);

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'townfisc-lines-'));
  file = join(dir, 'tight.yaml');
  writeFileSync(file, stringify(OVERRIDE));
  [base, tight] = await Promise.all([load(BASELINE), load(file)]);
}, 120_000);

describe('overridden lines reach every edge', () => {
  it('the result carries the overridden lines in its thresholds (what every edge reads)', () => {
    const tier = tight.result.thresholds.filter((t) => t.rule === 'district.tier' && t.param);
    expect(tier.map((t) => [t.param, t.value])).toEqual([['orange', 0.8], ['red', 1], ['yellow', 0.5]]);
    const broadTier = tight.result.thresholds.filter((t) => t.rule === 'district.tier-broad' && t.param);
    expect(broadTier.map((t) => [t.param, t.value])).toEqual([['orange', 0.8], ['red', 1], ['yellow', 0.5]]);
    expect(tight.result.thresholds.filter((t) => t.rule === 'ppp.share.7').map((t) => t.value)).toEqual([0.03, 0.03]);
  });

  it('district matrix: every cell’s tier follows 0.5/0.8/1.0, and the legend states those edges', () => {
    const rows = districtMatrix(tight.result, tight.meta);
    let checked = 0;
    for (const row of rows) for (const c of row.cells) {
      // the official tier on the legal ratio, the practice tier on the broad ratio (SPEC §6, issue #13)
      const d = tight.result.districts.find((x) => x.id === row.id);
      const k = tight.result.years.indexOf(c.year);
      const legal = d?.legalRatio[k] ?? null;
      const broad = d?.broadRatio[k] ?? null;
      if (legal === null || c.tier === null || broad === null || c.tierBroad === null) continue;
      expect(c.tier, `${row.id} ${c.year} legal ${legal}`).toBe(tierAt(legal));
      expect(c.tierBroad, `${row.id} ${c.year} broad ${broad}`).toBe(tierAt(broad));
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
    // the override moves some districts out of green that the default edges keep green
    const worse = rows.some((r) => r.cells.some((c, k) => c.tier !== districtMatrix(base.result, base.meta).find((b) => b.id === r.id)?.cells[k]?.tier));
    expect(worse).toBe(true);
    expect(tierLegend(tight.result, 'zh')).toBe('绿 [0, 0.5)、黄 [0.5, 0.8)、橙 [0.8, 1)、红 ≥1');
    expect(tierLegend(base.result, 'en')).toBe('green [0, 1.2), yellow [1.2, 2), orange [2, 3), red ≥3');
  });

  it('overview charts: the 7% line is drawn at 3%, and the tier bands at 0.5/0.8/1.0', () => {
    const share = pppShare(tight.result, tight.meta, 'zh');
    const line7 = dashed(share).find((d) => d.label.startsWith('PPP支出占比7%预警线'));
    expect(line7?.label).toBe('PPP支出占比7%预警线：3%');
    expect(line7?.data.every((v) => v === 0.03)).toBe(true);
    expect(line7?.colour).toBe('#E69F00');
    expect(dashed(pppShare(base.result, base.meta, 'zh')).find((d) => d.label.startsWith('PPP支出占比7%预警线'))?.data[0]).toBe(0.07);
    const broad = broadRatios(tight.result, tight.meta, 'en');
    expect(broad.bands?.map((b) => b.from)).toEqual([0, 0.5, 0.8, 1].filter((x) => x < (broad.yMax ?? 0)));
    // in percent, as the tables show debt ratios (issue #18)
    expect(broad.bands?.[1]?.label).toBe('yellow tier [50%, 80%)');
  });

  it('compare charts: each scenario’s own lines, named after the scenarios when they differ', () => {
    const peakShare = OVERLAY_SERIES.find((s) => s.key === 'peakDistrictPppShare')!;
    const c = overlay([base.result, tight.result], peakShare, 'en');
    const lines = dashed(c).map((d) => [d.label, d.data[0]]);
    expect(lines).toEqual([
      ['A · PPP share 7% warning line: 7%', 0.07],
      ['B · PPP share 7% warning line: 3%', 0.03],
      ['PPP share 10% ceiling: 10%', 0.1],
    ]);
    const peakRatio = OVERLAY_SERIES.find((s) => s.key === 'peakBroadRatio')!;
    const r = dashed(overlay([base.result, tight.result], peakRatio, 'zh')).map((d) => d.label);
    // the broad ratio is drawn against its own tier rule, district.tier-broad (the practice line)
    expect(r).toEqual(expect.arrayContaining(['B · 黄 · 宽口径债务率风险等级（实践口径）：50%', 'B · 橙 · 宽口径债务率风险等级（实践口径）：80%', 'B · 红 · 宽口径债务率风险等级（实践口径）：100%', 'A · 黄 · 宽口径债务率风险等级（实践口径）：120%']));
  });

  it('HTML report: chart lines and bands, the districts’ tier note and the 财承 status use the overridden lines', () => {
    const model = buildReport([{ result: tight.result, scenario: tight.scenario }], { generatedAt: '2026-11-29' });
    const html = buildHtml(model);
    const json = /<script type="application\/json" id="chart-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '[]';
    const charts = JSON.parse(json) as (ChartData & { id: string })[];
    const share = charts.find((c) => c.id === 'ppp-share')!;
    expect(dashed(share).find((d) => d.label.startsWith('PPP支出占比7%预警线'))?.data[0]).toBe(0.03);
    const broad = charts.find((c) => c.id === 'broad-ratio')!;
    expect(broad.bands?.slice(0, 3).map((b) => [b.from, b.to])).toEqual([[0, 0.5], [0.5, 0.8], [0.8, 1]]);
    const note = model.sections[0]!.tables.find((t) => t.id === 'districts')!.note!;
    // both ratios' formulas state their (overridden) tier edges in the note, in percent (issue #18)
    expect(note.zh).toContain('法定债务率 = 法定债务余额（一般债务 + 专项债务）÷ 综合财力；风险等级 绿 <50%、黄 [50%, 80%)、橙 [80%, 100%)、红 ≥100%');
    expect(note.zh).toContain('宽口径债务率 = （法定债务 + 隐性债务）÷ 综合财力；实践口径分档 绿 <50%、黄 [50%, 80%)、橙 [80%, 100%)、红 ≥100%');
    expect(html).not.toContain('[120%, 200%)');
    // 财承: a level above 3% but not 10% is marked against the 3% line
    const status = model.sections[0]!.tables.filter((t) => t.id.startsWith('caicheng-')).flatMap((t) => t.rows.map((r) => { const v = r.cells.at(-1); return typeof v === 'object' && v !== null ? v.zh : String(v); }));
    expect(status.some((s) => s.startsWith('超3%（PPP支出占比7%预警线）'))).toBe(true);
    // the rule-lines table states every line the run used, overrides applied
    const lines = model.sections[0]!.tables.find((t) => t.id === 'rule-lines')!;
    const line = (metric: string, kind: string) => lines.rows.find((r) => r.metric === metric && (r.cells[2] as { en: string }).en.toLowerCase() === kind);
    expect(line('ppp.share.7', 'district')?.cells.slice(4, 7)).toEqual([2019, null, 0.03]);
    expect(line('ppp.share.7', 'district')?.unit).toBe('share');
    expect(['yellow', 'orange', 'red'].map((p) => line(`district.tier.${p}`, 'district')?.cells[6])).toEqual([0.5, 0.8, 1]);
    expect(html).toContain('规则线（现行，含情景覆盖）');
  });

  it('run summary: the share mark reads the line in force', () => {
    const y = tight.result.years[0]!;
    expect(pppLine(0.035, y, tight.result.thresholds)).toBe('3.50% ▲>3%');
    expect(pppLine(0.035, y, base.result.thresholds)).toBe('3.50%');
  });

  it('check: findings are judged against 3% and 0.5/0.8/1.0, and the text names the overridden lines', () => {
    const json = townfisc(['check', file, '--json']);
    expect(json.stderr).toBe('');
    const out = JSON.parse(json.stdout) as { findings: { rule: string; limit: number | null }[] };
    const seven = out.findings.filter((f) => f.rule === 'ppp.share.7');
    expect(seven.length).toBeGreaterThan(0);
    expect(new Set(seven.map((f) => f.limit))).toEqual(new Set([0.03]));
    const tiers = out.findings.filter((f) => f.rule === 'district.tier');
    expect(tiers.length).toBeGreaterThan(0);
    for (const f of tiers) expect([0.5, 0.8, 1]).toContain(f.limit);
    const text = townfisc(['check', file]);
    expect(text.stdout).toContain('规则线（情景覆盖）/ Rule lines overridden by the scenario:');
    expect(text.stdout).toMatch(/ppp\.share\.7 \[district\] 2019–: 3% \(warning; 默认 default 7%\)/);
    expect(text.stdout).toMatch(/district\.tier\.yellow \[district\] 2021–: 0\.5 \(warning; 默认 default 1\.2\)/);
    expect(townfisc(['check', BASELINE]).stdout).not.toContain('规则线（情景覆盖）');
    expect(readFileSync(file, 'utf8')).toContain('ppp.share.7');
  }, 120_000);
});
