/** Findings read in one language with names instead of ids (issue #15 "Findings"). */
import { describe, expect, it } from 'vitest';
import { idNames, messageIn, withNames } from '../../src/app/risk/findingText.ts';
import { meta } from './fixtures/result.ts';

describe('messageIn', () => {
  it('keeps the side of `中文 / English` in the chosen language', () => {
    expect(messageIn('超限：小镇 spa / over: town spa', 'zh')).toBe('超限：小镇 spa');
    expect(messageIn('超限：小镇 spa / over: town spa', 'en')).toBe('over: town spa');
    expect(messageIn('no separator', 'en')).toBe('no separator');
  });
});

describe('withNames', () => {
  it('replaces whole-word ids by names, the longest id first, and leaves parts of other words alone', () => {
    const names = idNames(meta);
    expect(withNames('小镇 spa，2027年', names)).toBe('小镇 温泉小镇，2027年');
    expect(withNames('PPP项目 spa-road 超过', names)).toMatch(/^PPP项目 .+ 超过$/);
    expect(withNames('PPP项目 spa-road 超过', names)).not.toContain('spa-road');
    expect(withNames('spaces and haizhu-x', names)).toBe('spaces and haizhu-x');
  });
});
