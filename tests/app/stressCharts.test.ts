/**
 * The uncertainty view's chart data and calibrations (issue #14): the fan chart of a district's
 * debt ratio carries its own tier rule's edges as lines, read from the thresholds in force;
 * every distribution parameter is offered as an editable calibration.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate.ts';
import { DEFAULT_STOCHASTIC, resolveStochastic, runStress } from '../../src/core/stress/index.ts';
import { loadScenarioFile } from '../../src/scenario/loadFile.ts';
import { stressFan } from '../../src/app/stress/fanData.ts';
import { CALIBRATION_FIELDS, calibrationValue, mergeStochastic, setCalibration } from '../../src/app/stress/calibrations.ts';
import { driverLabel, keySeriesLabel, presetLabel } from '../../src/app/stress/labels.ts';
import { DRIVERS, PRESETS } from '../../src/core/stress/index.ts';
import { scenarioMeta } from '../../src/app/meta.ts';

async function baseline() {
  const r = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
  if (!r.ok) throw new Error('baseline does not load');
  return r.scenario;
}

describe('stressFan', () => {
  it('a district’s legal ratio: P5…P95, then the yellow, orange and red edges of district.tier in force; the broad ratio those of district.tier-broad', async () => {
    const s = await baseline();
    const run = simulate(s);
    const r = runStress(s, resolveStochastic(s.stochastic), { paths: 3, seed: 2 });
    const edge = (rule: string, param: string) => run.thresholds.find((t) => t.rule === rule && t.subjectKind === 'district' && t.param === param)?.value;
    for (const [field, rule] of [['legalRatio', 'district.tier'], ['broadRatio', 'district.tier-broad']] as const) {
      const fan = stressFan(r, `district.conghua.${field}`, run.thresholds, 'zh');
      expect(fan.datasets.slice(0, 5).map((d) => d.label)).toEqual(['P5', 'P25', 'P50', 'P75', 'P95']);
      expect(fan.datasets[2]?.data).toEqual(r.series[`district.conghua.${field}`]!.map((q) => q[2]));
      const lines = fan.datasets.slice(5);
      expect(lines.map((d) => d.label.slice(0, 5))).toEqual(['黄档起点 ', '橙档起点 ', '红档起点 ']);
      expect(lines.map((d) => d.data[0])).toEqual(['yellow', 'orange', 'red'].map((p) => edge(rule, p)));
      expect(lines.every((d) => d.dashed && d.type === 'line')).toBe(true);
      expect(fan.bands).toBeUndefined();
    }
    // a series without a tier rule keeps fanChart's data (the PPP share lines come from it)
    const ppp = stressFan(r, 'city.pppShare', run.thresholds, 'en');
    expect(ppp.datasets.length).toBeGreaterThan(5);
    expect(ppp.unit).toBe('share');
  });
});

describe('calibrations', () => {
  it('every field of the distributions is offered, once', () => {
    const all = Object.entries(DEFAULT_STOCHASTIC).flatMap(([g, o]) => Object.keys(o).map((f) => `${g}.${f}`)).sort();
    expect(CALIBRATION_FIELDS.map((f) => `${f.group}.${f.field}`).sort()).toEqual(all);
    for (const f of CALIBRATION_FIELDS) expect(Number.isFinite(calibrationValue(DEFAULT_STOCHASTIC, f))).toBe(true);
  });
  it('an edit replaces one field over the scenario’s section; clearing it gives the scenario’s value back', () => {
    const section = { revenue: { landSd: 0.25 }, ppp: { mean: 0.8 } };
    const f = CALIBRATION_FIELDS.find((x) => x.group === 'revenue' && x.field === 'landSd')!;
    const edited = setCalibration({}, f, 0.4);
    const spec = resolveStochastic(mergeStochastic(section, edited));
    expect(spec.revenue.landSd).toBe(0.4);
    expect(spec.ppp.mean).toBe(0.8);
    expect(resolveStochastic(mergeStochastic(section, setCalibration(edited, f, null)))).toEqual(resolveStochastic(section));
    expect(mergeStochastic(section, null)).toBe(section);
  });
});

describe('labels', () => {
  it('every preset and driver has words in both languages; key series read by district name', async () => {
    for (const p of PRESETS) expect(presetLabel(p, 'zh')).not.toBe(p);
    for (const d of DRIVERS) expect(driverLabel(d, 'en')).not.toBe(d);
    const meta = scenarioMeta(await baseline());
    expect(keySeriesLabel('district.conghua.legalRatio', meta, 'zh')).toBe('从化区 · 法定债务率（官方）');
    expect(keySeriesLabel('city.fiscalCost', meta, 'en')).toBe('City · fiscal cost');
    expect(keySeriesLabel('district.conghua.somethingNew', meta, 'zh')).toBe('district.conghua.somethingNew');
  });
});
