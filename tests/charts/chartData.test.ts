/**
 * Snapshots of the shared chart data (issue #11: one pure module for the dashboard and the
 * HTML report) on the hand-made fixture and the bundled baseline: every scenario chart in
 * both languages and every overlay, so any change to a series, a label, a line or a band
 * shows in review. The report's charts are the same data rounded for display, checked here
 * too. A change in the core's figures changes the baseline snapshot: review it, then
 * `npx vitest run tests/charts -u`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { OVERLAY_SERIES, overlay } from '../../src/charts/compare.ts';
import { REPORT_CHART_IDS, SCENARIO_CHARTS } from '../../src/charts/overview.ts';
import type { ChartData } from '../../src/charts/types.ts';
import type { RunResult } from '../../src/core/result.ts';
import { simulate } from '../../src/core/simulate.ts';
import { scenarioNames, sectionCharts } from '../../src/report/model/charts.ts';
import { roundDisplay, unitDecimals } from '../../src/report/model/round.ts';
import type { Scenario } from '../../src/core/model/scenario.ts';
import { loadScenarioFile } from '../../src/scenario/loadFile.ts';
import { allFiniteOrNull, meta, result } from '../app/fixtures/result.ts';

const finite = (c: ChartData) => c.datasets.every((d) => d.data.length === c.labels.length && allFiniteOrNull(d.data))
  && (c.bands ?? []).every((b) => Number.isFinite(b.from) && Number.isFinite(b.to));

describe('chart data of the fixture', () => {
  for (const chart of SCENARIO_CHARTS) {
    it(`${chart.id} (zh, en)`, () => {
      const zh = chart.build(result, meta, 'zh');
      const en = chart.build(result, meta, 'en');
      expect(finite(zh) && finite(en)).toBe(true);
      expect({ zh, en }).toMatchSnapshot();
    });
  }
  it('overlays of the fixture against a second run', () => {
    const other: RunResult = { ...result, scenario: { id: 'b', name: '乙', hash: 'h' }, years: [2027, 2028, 2029], city: { ...result.city, fiscalCost: [1, 2, 3] } };
    const all = OVERLAY_SERIES.map((s) => overlay([result, other], s, 'zh'));
    for (const c of all) expect(finite(c)).toBe(true);
    expect(all).toMatchSnapshot();
  });
});

describe('chart data of the bundled baseline', () => {
  let run: { result: RunResult; scenario: Scenario };
  beforeAll(async () => {
    const r = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
    if (!r.ok) throw new Error('baseline');
    run = { scenario: r.scenario, result: simulate(r.scenario, { hash: r.hash }) };
  }, 60_000);

  it('every scenario chart (zh)', () => {
    const names = scenarioNames(run.scenario);
    const charts = SCENARIO_CHARTS.map((c) => ({ id: c.id, data: c.build(run.result, names, 'zh') }));
    for (const c of charts) expect(finite(c.data), c.id).toBe(true);
    expect(charts).toMatchSnapshot();
  });

  it('the report draws the same data, rounded as its tables round (2 decimals of 万元, of a percent, of a ratio)', () => {
    const names = scenarioNames(run.scenario);
    const report = sectionCharts(run, 2, 'zh', 'wan');
    expect(report.map((c) => c.id)).toEqual(REPORT_CHART_IDS);
    for (const rc of report) {
      const raw = SCENARIO_CHARTS.find((c) => c.id === rc.id)!.build(run.result, names, 'zh');
      expect(rc.datasets.map((d) => d.label)).toEqual(raw.datasets.map((d) => d.label));
      expect(rc.bands).toEqual(raw.bands);
      const unit = rc.unit;
      if (unit === 'yi') throw new Error(`${rc.id}: a 万元 report draws no 亿元 axis`);
      rc.datasets.forEach((d, i) => {
        const places = unitDecimals(unit, 2);
        expect(d.data).toEqual(raw.datasets[i]!.data.map((v) => roundDisplay(v, places)));
      });
    }
  });
});
