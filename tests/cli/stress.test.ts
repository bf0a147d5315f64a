import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { townfisc } from '../support/cli.ts';

const FILE = 'scenarios/guangzhou-baseline.yaml';

describe('townfisc stress (SPEC §8, §10)', () => {
  it('--json: the stress JSON, byte-identical with 1 and 2 workers (a block per worker)', () => {
    // 260 paths: with 2 workers the blocks are [0, 256) and [256, 260)
    const a = townfisc(['stress', FILE, '--paths', '260', '--seed', '3', '--json', '--workers', '1']);
    const b = townfisc(['stress', FILE, '--paths', '260', '--seed', '3', '--json', '--workers', '2']);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const r = JSON.parse(a.stdout) as Record<string, unknown>;
    for (const k of ['engineVersion', 'scenario', 'seed', 'paths', 'years', 'percentiles', 'series', 'breaches', 'breachesEver', 'contingent']) expect(r).toHaveProperty(k);
    expect(r.paths).toBe(260);
    expect(Object.keys(r.series as object)).toContain('district.conghua.broadRatio');
    expect(a.stdout).not.toMatch(/NaN|Infinity/);
    expect(a.stderr).toMatch(/260\/260/);
  }, 120_000);

  it('exit 2 with a bilingual message for bad options and an unknown preset', () => {
    const bad = townfisc(['stress', FILE, '--paths', '-3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--paths .*须为.*must be an integer/);
    const preset = townfisc(['stress', FILE, '--preset', 'land-boom']);
    expect(preset.code).toBe(2);
    expect(preset.stderr).toMatch(/未知预设 \/ unknown preset.*land-bust-2022/);
    expect(townfisc(['stress', 'scenarios/no-such.yaml', '--paths', '1']).code).toBe(2);
  });

  it('--help documents every distribution parameter: name, default, unit, meaning, labelled calibrations', () => {
    const h = townfisc(['stress', '--help']);
    expect(h.code).toBe(0);
    const defaults: Record<string, string> = {
      'achievement.defaultSd': '0.1', 'achievement.cityLoading': '0.4', 'achievement.districtLoading': '0.3', 'revenue.citySd': '0.05',
      'revenue.districtSd': '0.06', 'revenue.persistence': '0.4', 'revenue.landDrift': '-0.05', 'revenue.landSd': '0.2',
      'revenue.landTaxCorrelation': '0.5', 'rates.sd': '0.005', 'ppp.sd': '0.35', 'ppp.mean': '1', 'ppp.guaranteeFloor': '0.8', 'funds.sd': '0.05',
    };
    for (const [p, v] of Object.entries(defaults)) {
      const line = h.stdout.split('\n').find((l) => l.trim().startsWith(`${p} `));
      expect(line, p).toBeDefined();
      // name, default, a unit, then Chinese / English
      expect(line!.trim().split(/\s+/)[1], p).toBe(v);
      expect(line, p).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
    }
    expect(h.stdout).toMatch(/单位 unit/);
    expect(h.stdout).toMatch(/calibrations, not facts/);
    expect(h.stdout).toContain('towns[].kpis.<id>.distribution.sd');
    expect(h.stdout).toMatch(/rateIndexed/);
  });

  it('every bad option at once, one bilingual line each with a fix, exit 2 and no stack; a near-miss preset is suggested', () => {
    const r = townfisc(['stress', FILE, '--paths', 'x', '--seed', '-1', '--workers', '0', '--preset', 'landbust']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^--paths "x"：须为 0–10000000 的整数 \/ must be an integer in 0–10000000, e\.g\. --paths 1000$/);
    expect(lines[1]).toMatch(/^--seed "-1"：.*e\.g\. --seed 42$/);
    expect(lines[2]).toMatch(/^--workers "0"：须为 1–256 的整数/);
    expect(lines[3]).toMatch(/^--preset "landbust"：未知预设 \/ unknown preset; 可选 \/ one of: land-bust-2022, .*no-swap$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const near = townfisc(['stress', FILE, '--preset', 'rates+200']);
    expect(near.code).toBe(2);
    expect(near.stderr).toMatch(/是否指 \/ did you mean rates\+200bp\?/);
  });

  it('the text summary lists PPP contingent payouts beside the 财承 room of the paying level', () => {
    // fixture: the baseline with a 10,000 buy-back of 花都's expo centre in 2028, paid on every path
    const fixture = 'tests/cli/fixtures/ppp-buyback.yaml';
    const r = townfisc(['stress', fixture, '--paths', '3', '--seed', '2']);
    expect(r.code).toBe(0);
    const run = JSON.parse(townfisc(['run', fixture, '--json']).stdout) as { limits: { rule: string; subject: { id: string }; year: number; headroom: number }[] };
    // room = 10% × 花都 expenditure 2,100,000·1.035² − (existing 60,000 + the expo centre's obligations), the run's ppp.share.10 headroom
    const room = run.limits.find((l) => l.rule === 'ppp.share.10' && l.subject.id === 'huadu' && l.year === 2028)!.headroom;
    const line = r.stdout.split('\n').find((l) => /^\s+huadu\s+2028\s/.test(l))!;
    expect(line.trim().split(/\s+/)).toEqual(['huadu', '2028', '10%', room.toFixed(2), '10000.00', '10000.00', (room - 10_000).toFixed(2), '0%']);
    expect(r.stdout).toMatch(/Contingent payouts against the affordability room/);
  }, 60_000);

  it('--preset rates+200bp --paths 0 moves a rateIndexed PPP contract (hand case in tests/core/stress/rateIndexed.test.ts)', () => {
    const fixture = 'tests/cli/fixtures/ppp-buyback.yaml';
    type R = { ppp: { id: string; obligations: { total: number[] } }[] };
    const base = JSON.parse(townfisc(['run', fixture, '--json']).stdout) as R;
    const shocked = JSON.parse(townfisc(['stress', fixture, '--preset', 'rates+200bp', '--paths', '0']).stdout) as R;
    const total = (r: R) => r.ppp.find((p) => p.id === 'huadu-jewelry-expo')!.obligations.total[0]!;
    // K' − K = 5,684.060 − 5,260.117 = 423.943 in 2026
    expect(total(shocked) - total(base)).toBeCloseTo(423.943, 2);
  }, 60_000);

  it('--preset NAME --paths 0 is the preset\'s deterministic run (the result JSON)', () => {
    const r = townfisc(['stress', FILE, '--preset', 'land-bust-2022', '--paths', '0']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { districts: { id: string; capacity: number[] }[] };
    // conghua: 综合财力 1,600,000 with land 450,000 in 2026; the bust takes 23% of land: 1,600,000 − 103,500 = 1,496,500
    expect(j.districts.find((d) => d.id === 'conghua')!.capacity[0]).toBeCloseTo(1_496_500, 6);
  });

  it('Ctrl-C stops cleanly: exit 130, a message, nothing on stdout', async () => {
    // the signal is sent once the first progress line is out (an event, not a delay)
    const child = spawn(process.execPath, ['src/cli/bin.js', 'stress', FILE, '--paths', '1000000', '--seed', '1', '--json'], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '', stderr = '', sent = false;
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (!sent && /路径 paths/.test(stderr)) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/已中断.*interrupted/);
  }, 60_000);
});
