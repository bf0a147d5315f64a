/**
 * Charts readable in greyscale (issue #18): in every scenario chart and every overlay of
 * the bundled baseline (and of baseline against the north variant), each data line has a
 * dash pattern and point marker no other line of its chart has, each bar series its own
 * hatch, every line carries a direct
 * label, in Chinese when the chart is in Chinese; the broad ratio is in percent, its tier
 * edges converted the same way.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { OVERLAY_SERIES, overlay } from '../../src/charts/compare.ts';
import { SCENARIO_CHARTS, broadRatios } from '../../src/charts/overview.ts';
import { BAR_HATCHES, greyscaleReadable, isDataLine, SERIES_DASH, SERIES_MARKERS } from '../../src/charts/style.ts';
import type { ChartData, Dataset } from '../../src/charts/types.ts';
import type { RunResult } from '../../src/core/result.ts';
import { simulate } from '../../src/core/simulate.ts';
import { scenarioNames } from '../../src/report/model/charts.ts';
import type { Scenario } from '../../src/core/model/scenario.ts';
import { loadScenarioFile } from '../../src/scenario/loadFile.ts';

async function load(file: string): Promise<{ scenario: Scenario; result: RunResult }> {
  const r = await loadScenarioFile(file);
  if (!r.ok) throw new Error(file);
  return { scenario: r.scenario, result: simulate(r.scenario, { hash: r.hash }) };
}

const CJK = /[\u4e00-\u9fff]/;

function checkReadable(c: ChartData, what: string): void {
  const bars = c.datasets.filter((d) => d.type === 'bar');
  expect(new Set(bars.map((d) => d.hatch ?? '')).size, `${what}: distinct hatch per bar series`).toBe(bars.length);
  const lines = c.datasets.filter(isDataLine);
  const styles = lines.map((d) => `${JSON.stringify(d.dash ?? [])}|${d.marker ?? ''}`);
  expect(new Set(styles).size, `${what}: distinct dash/marker per line`).toBe(lines.length);
  for (const d of lines) expect(d.marker, `${what}: ${d.label} has a marker`).toBeDefined();
  for (const d of c.datasets.filter((x) => x.type === 'line')) {
    expect(d.directLabel, `${what}: ${d.label} is labelled directly`).toBe(d.label);
    expect(d.directLabel, `${what}: ${d.label} in Chinese`).toMatch(CJK);
  }
}

describe('charts readable in greyscale', () => {
  let base: { scenario: Scenario; result: RunResult };
  let north: { scenario: Scenario; result: RunResult };
  beforeAll(async () => {
    [base, north] = await Promise.all([load('scenarios/guangzhou-baseline.yaml'), load('scenarios/guangzhou-north-growth.yaml')]);
  });

  it('styles the k-th data line with dash k and marker k, leaves bars alone and labels rule lines', () => {
    const line = (label: string): Dataset => ({ label, data: [1], colour: '#000', type: 'line' });
    const out = greyscaleReadable([line('甲'), { label: '柱', data: [1], colour: '#111', type: 'bar' }, line('乙'), { ...line('红线'), dashed: true, dash: [6, 4] }, line('丙')]);
    expect(out.map((d) => [d.dash ?? null, d.marker ?? null, d.directLabel ?? null])).toEqual([
      [null, SERIES_MARKERS[0], '甲'],
      [null, null, null],
      [SERIES_DASH[1], SERIES_MARKERS[1], '乙'],
      [[6, 4], null, '红线'],
      [SERIES_DASH[2], SERIES_MARKERS[2], '丙'],
    ]);
    // bars: the first plain, the next hatched
    const bars = greyscaleReadable([{ label: '一', data: [1], colour: '#111', type: 'bar' }, { label: '二', data: [1], colour: '#222', type: 'bar' }]);
    expect(bars.map((d) => d.hatch ?? null)).toEqual([BAR_HATCHES[0], BAR_HATCHES[1]]);
  });

  it('every scenario chart and every overlay of the bundled scenarios', () => {
    for (const c of SCENARIO_CHARTS) checkReadable(c.build(base.result, scenarioNames(base.scenario), 'zh'), c.id);
    for (const s of OVERLAY_SERIES) checkReadable(overlay([base.result, north.result], s, 'zh'), `overlay ${s.key}`);
  });

  it('shows the broad ratio in percent with the tier edges converted the same way (1.2 → 120%)', () => {
    const c = broadRatios(base.result, scenarioNames(base.scenario), 'zh');
    expect(c.unit).toBe('share');
    expect(c.bands?.[1]?.label).toBe('黄档 [120%, 200%)');
    const peak = overlay([base.result, north.result], OVERLAY_SERIES.find((s) => s.key === 'peakBroadRatio')!, 'zh');
    expect(peak.unit).toBe('share');
    expect(peak.datasets.filter((d) => d.dashed).map((d) => d.label)).toEqual([
      '黄 · 宽口径债务率风险等级（实践口径）：120%', '橙 · 宽口径债务率风险等级（实践口径）：200%', '红 · 宽口径债务率风险等级（实践口径）：300%',
    ]);
  });
});
