/** CSV export with formula-injection neutralisation (SPEC §9). */
import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from '../../src/app/io/csv.ts';

describe('neutralise', () => {
  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('prefixes a quote to text starting with a formula trigger: %j', (s) => {
    expect(neutralise(s)).toBe(`'${s}`);
  });
  it('leaves ordinary text alone', () => {
    expect(neutralise('从化温泉养生小镇')).toBe('从化温泉养生小镇');
  });
});

describe('toCsv', () => {
  it('writes a BOM, CRLF rows, raw numbers (negatives stay numbers) and empty cells for null/NaN', () => {
    expect(toCsv([['a', 'b'], [-12.5, null], [Number.NaN, 3]])).toBe('\uFEFFa,b\r\n-12.5,\r\n,3\r\n');
  });
  it('quotes cells with commas, quotes or line breaks, after neutralising', () => {
    expect(toCsv([['x,y', 'say "hi"', '=1,2']])).toBe('\uFEFF"x,y","say ""hi""","\'=1,2"\r\n');
  });
});
