import { describe, expect, it } from 'vitest';
import { townfisc } from '../support/cli.ts';

describe('townfisc check / run: legal and broad tiers side by side (SPEC §6 "Risk tiers")', () => {
  it('check prints each district\'s legal tier (official) above its broad tier (practice line)', () => {
    const r = townfisc(['check', 'scenarios/guangzhou-baseline.yaml']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const i = lines.findIndex((l) => l.startsWith('从化区'));
    expect(lines[i]).toMatch(/法定债务率风险等级（官方） Legal debt-ratio tier \(official\)\s+绿 0\.87/);
    expect(lines[i + 1]).toMatch(/^\s+宽口径债务率风险等级（实践口径） Broad debt-ratio tier \(practice line\)\s+绿 0\.94/);
  });
  it('run prints the same table in its summary', () => {
    const r = townfisc(['run', 'scenarios/guangzhou-baseline.yaml']);
    expect(r.stdout).toMatch(/== 区债务率与风险等级：法定（官方）与宽口径（实践口径）/);
    expect(r.stdout).toMatch(/宽口径债务率风险等级（实践口径）/);
  });
});
