/**
 * `townfisc report` cover and edition options (issue #18): `--org` and `--report-no` on the
 * cover (the date fixed by --date, 示意数据 still marked for illustrative data), `--lang en`
 * the English edition, `--unit yi` money in 亿元; every bad option reported at once, exit 2,
 * nothing written; the help text names them.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { townfisc } from '../support/cli.ts';

const BASE = 'scenarios/guangzhou-baseline.yaml';
const dir = () => mkdtempSync(join(tmpdir(), 'townfisc-report-options-'));

describe('townfisc report: cover, edition and unit options', () => {
  it('--org and --report-no on the cover, the date as given, 示意数据 kept; --unit yi shows 亿元', () => {
    const d = dir();
    const r = townfisc(['report', BASE, '--out', join(d, 'r.md'), '--date', '2026-11-26', '--org', '广州市财政局', '--report-no', '穗财测〔2026〕1号', '--unit', 'yi']);
    expect(r.code, r.stderr).toBe(0);
    const cover = readFileSync(join(d, 'r.md'), 'utf8').split('\n## ')[0]!;
    expect(cover).toContain('- 编制单位：广州市财政局');
    expect(cover).toContain('- 报告编号：穗财测〔2026〕1号');
    expect(cover).toContain('- 编制日期：2026-11-26');
    expect(cover).toContain('- 金额单位：亿元');
    expect(cover).toContain('示意数据');
    // 2026 fiscal cost 88,551.49 万元, rounded once to the 亿元 grid: 8.8552 亿元
    expect(readFileSync(join(d, 'r.md'), 'utf8')).toMatch(/\| 2026 \| 3,000\.0000 \| 4\.9786 \| 0\.0000 \| 3\.3766 \| 0\.5000 \| 8\.8552 \|/);
  }, 60_000);

  it('defaults: the simulator as 编制单位, a number derived from the date and the hash, 万元', () => {
    const d = dir();
    expect(townfisc(['report', BASE, '--out', join(d, 'r.md'), '--date', '2026-11-26']).code).toBe(0);
    const md = readFileSync(join(d, 'r.md'), 'utf8');
    expect(md).toContain('- 编制单位：townfisc 特色小镇财政模拟器');
    expect(md).toMatch(/- 报告编号：TF-20261126-[0-9a-f]{8}/);
    expect(md).toContain('- 金额单位：万元');
  }, 60_000);

  it('--lang en writes the English edition', () => {
    const d = dir();
    expect(townfisc(['report', BASE, '--out', join(d, 'r.md'), '--date', '2026-11-26', '--lang', 'en', '--org', 'Guangzhou Finance Bureau']).code).toBe(0);
    const md = readFileSync(join(d, 'r.md'), 'utf8');
    expect(md).toContain('- Prepared by (organisation): Guangzhou Finance Bureau');
    expect(md).toContain('## Main conclusions');
    expect(md).not.toContain('主要结论');
  }, 60_000);

  it('reports every bad option at once (Chinese and English), exits 2 and writes nothing', () => {
    const d = dir();
    const r = townfisc(['report', BASE, '--out', join(d, 'r.md'), '--unit', 'lakh', '--lang', 'fr', '--org', '', '--report-no', 'a\tb', '--decimals', '9']);
    expect(r.code).toBe(2);
    for (const m of [/--unit 应为 wan（万元）或 yi（亿元）.*--unit must be/, /--lang 应为 zh 或 en/, /--org 应为 1–100 个字符.*--org must be/, /--report-no 应为 1–60 个字符/, /--decimals 应为 0–6/]) expect(r.stderr).toMatch(m);
    expect(readdirSync(d)).toEqual([]);
    const yi = townfisc(['report', BASE, '--out', join(d, 'r.md'), '--unit', 'yi', '--decimals', '2']);
    expect(yi.code).toBe(2);
    expect(yi.stderr).toMatch(/--decimals 应为 4–10 的整数（亿元）/);
  }, 60_000);

  it('the help names the options', () => {
    const r = townfisc(['report', '--help']);
    for (const o of ['--org <编制单位>', '--report-no <编号>', '--unit <unit>', '--lang <lang>', '亿元', '中文版']) expect(r.stdout).toContain(o);
  });
});
