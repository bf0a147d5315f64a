import { describe, expect, it } from 'vitest';
import { displayWidth, findingsSummary, formatNumber, pad, renderFindings, splitMessage } from '../../../src/cli/format/findings.ts';
import type { Finding } from '../../../src/core/rules/types.ts';

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'district.tier', source: 'src', level: 'warning', subject: { kind: 'district', id: 'd1' }, year: 2026,
  value: 1.25, limit: 1.2, headroom: -50, message: '宽口径债务率 125.0%，处于黄档 / Broad debt ratio 125.0% is in the yellow tier', ...over,
});

describe('displayWidth (East Asian wide characters take 2 columns)', () => {
  it('counts CJK ideographs, fullwidth punctuation and 〔〕 as 2, ASCII as 1', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('债务率')).toBe(6);
    expect(displayWidth('，：（）')).toBe(8);
    expect(displayWidth('〔2017〕')).toBe(8);
  });
  it('counts combining marks as 0 and narrow symbols (², ×, –) as 1', () => {
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('km²×–')).toBe(5);
  });
  it('pad fills to a display width, left or right', () => {
    expect(pad('预警', 6)).toBe('预警  ');
    expect(pad('12', 5, true)).toBe('   12');
    expect(pad('toolong', 3)).toBe('toolong');
  });
});

describe('formatNumber', () => {
  it('writes null as -, whole numbers grouped, ≥ 100 with 2 decimals, small values with up to 4', () => {
    expect([formatNumber(null), formatNumber(-300000), formatNumber(1234.5678), formatNumber(0.028571), formatNumber(1.2), formatNumber(-0.00001)])
      .toEqual(['-', '-300,000', '1,234.57', '0.0286', '1.2', '0']);
  });
});

describe('findingsSummary', () => {
  it('counts breaches and warnings, Chinese first', () => {
    expect(findingsSummary([finding({}), finding({ level: 'breach' })])).toBe('共 2 条：违规 1 条，预警 1 条 / 2 findings: 1 breach, 1 warning');
  });
  it('says so when there is nothing to report', () => {
    expect(renderFindings([])).toBe('未发现预警或违规 / No warnings or breaches\n');
  });
});

describe('renderFindings', () => {
  it('renders a fixed-width table per subject with the message in Chinese then English', () => {
    const out = renderFindings([finding({})]);
    expect(out).toBe([
      '共 1 条：违规 0 条，预警 1 条 / 1 finding: 0 breaches, 1 warning',
      '',
      '区 district d1',
      '  年份 Year  级别 Level    规则 Rule      值 Value  限值 Limit  余量 Headroom',
      '  ---------  ------------  -------------  --------  ----------  -------------',
      '  2026       预警 warning  district.tier      1.25         1.2            -50',
      '             宽口径债务率 125.0%，处于黄档',
      '             Broad debt ratio 125.0% is in the yellow tier',
      '',
    ].join('\n'));
  });

  it('groups by subject (districts before towns, then by id) and sorts rows by year, breaches first', () => {
    const out = renderFindings([
      finding({ subject: { kind: 'town', id: 'b-town' }, year: 2027, rule: 'town.jobs' }),
      finding({ subject: { kind: 'town', id: 'a-town' }, year: 2027, rule: 'town.jobs' }),
      finding({ subject: { kind: 'town', id: 'a-town' }, year: 2026, rule: 'town.area' }),
      finding({ subject: { kind: 'town', id: 'a-town' }, year: 2026, rule: 'town.residential-share', level: 'breach' }),
      finding({}),
    ]);
    const heads = out.split('\n').filter((l) => /^\S/.test(l)).slice(1);
    expect(heads).toEqual(['区 district d1', '小镇 town a-town', '小镇 town b-town']);
    const aRows = out.split('\n').filter((l) => /^ {2}20\d\d/.test(l)).slice(1, 4).map((l) => l.split(/\s{2,}/).slice(1, 4).join('|'));
    expect(aRows).toEqual(['2026|违规 breach|town.residential-share', '2026|预警 warning|town.area', '2027|预警 warning|town.jobs']);
  });

  it('lines the columns up in display width whatever the script', () => {
    const out = renderFindings([finding({}), finding({ subject: { kind: 'bond', id: 't1/b' }, rule: 'bond.self-balance', value: null, headroom: 1234567.891, level: 'breach' })]);
    const tableLines = out.split('\n').filter((l) => /^ {2}(年份|-{3}|20\d\d)/.test(l));
    // the Headroom column ends at the same display column on every header, rule and data line
    const ends = new Set(tableLines.map((l) => displayWidth(l)));
    expect(ends.size).toBe(1);
  });

  it('splitMessage keeps a message without a separator whole', () => {
    expect(splitMessage('only one')).toEqual(['only one']);
    expect(splitMessage('中 / en / more')).toEqual(['中', 'en / more']);
  });
});
