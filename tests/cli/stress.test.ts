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

  it('--help documents every distribution parameter', () => {
    const h = townfisc(['stress', '--help']);
    expect(h.code).toBe(0);
    for (const p of ['achievement.defaultSd', 'achievement.cityLoading', 'achievement.districtLoading', 'revenue.citySd', 'revenue.districtSd',
      'revenue.persistence', 'revenue.landDrift', 'revenue.landSd', 'revenue.landTaxCorrelation', 'rates.sd', 'ppp.sd', 'ppp.mean', 'ppp.guaranteeFloor', 'funds.sd']) {
      expect(h.stdout).toContain(p);
    }
  });

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
