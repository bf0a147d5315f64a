import { describe, expect, it } from 'vitest';
import { actualsSummaryLines } from '../../../src/cli/format/actualsSummary.ts';
import { simulate } from '../../../src/core/simulate.ts';
import { loadScenarioFile } from '../../../src/scenario/loadFile.ts';

describe('run summary: actuals (SPEC §12)', () => {
  it('names the actual years and lists recorded payments beside the engine', async () => {
    const r = await loadScenarioFile('scenarios/guangzhou-actuals-2026.yaml');
    if (!r.ok) throw new Error('bundled');
    const text = actualsSummaryLines(simulate(r.scenario), r.scenario).join('\n');
    expect(text).toContain('实际年度 actual years: 2026;');
    expect(text).toMatch(/从化温泉养生小镇 +milestone +2026 +4,700\.00 +4,812\.65 +-112\.65 +已清算 settled/);
    expect(text).toMatch(/增城荔枝文化农业小镇 +milestone +2026 +500\.00 +0\.00 +500\.00 +仅预拨 advance only/);
  });

  it('adds nothing for a scenario without actuals', async () => {
    const r = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
    if (!r.ok) throw new Error('bundled');
    expect(actualsSummaryLines(simulate(r.scenario), r.scenario)).toEqual([]);
  });
});
