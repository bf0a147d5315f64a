/**
 * The rules issue #11 adds reach `check`, the report's findings table and its per-rule count
 * with no edge code written for them (one home for rules): a variant of the baseline whose
 * revenue return is paid to enterprises and whose tech fund invests in real estate.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate.ts';
import { findingsTable, limitsSummaryTable } from '../../src/report/model/sections/findings.ts';
import { loadScenarioFile } from '../../src/scenario/loadFile.ts';
import { townfisc } from '../support/cli.ts';

function variant(): string {
  const dir = mkdtempSync(join(tmpdir(), 'townfisc-rules-'));
  const file = join(dir, 'new-rules.yaml');
  writeFileSync(file, [
    `extends: ${JSON.stringify(resolve('scenarios/guangzhou-baseline.yaml'))}`,
    'id: new-rules', 'name: 新规则', 'rewards:', '  programs:', '    - id: revenue-return', '      recipient: enterprise',
    'funds:', '  - id: gz-tech-internet-fund', '    realEstateInvestment: 2000', '',
  ].join('\n'));
  return file;
}

describe('new rules reach every edge through the result', () => {
  const file = variant();
  it('check names fund.real-estate (breach, exit 1) and reward.tax-linked-enterprise under their subjects, in Chinese and English', () => {
    const r = townfisc(['check', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/子基金 fund gz-tech-internet-fund\n[\s\S]*违规 breach +fund\.real-estate/);
    expect(r.stdout).toMatch(/奖补政策 program revenue-return\n[\s\S]*预警 warning +reward\.tax-linked-enterprise/);
    expect(r.stdout).toContain('基金投资房地产：子基金 gz-tech-internet-fund，2026年，不允许；投资房地产 2,000.00 万元');
  });
  it('the report lists them among the findings and counts them by rule', async () => {
    const loaded = await loadScenarioFile(file);
    if (!loaded.ok) throw new Error('variant does not validate');
    const result = simulate(loaded.scenario);
    const ctx = { result, scenario: loaded.scenario, decimals: 2 };
    const rules = findingsTable(ctx).rows.map((row) => row.metric);
    expect(rules).toContain('fund.real-estate');
    expect(rules).toContain('reward.tax-linked-enterprise');
    const counts = limitsSummaryTable(ctx).rows.filter((row) => row.metric === 'ppp.vfm');
    expect(counts).toHaveLength(1);
  });
});
