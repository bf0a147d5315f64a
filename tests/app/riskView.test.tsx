/** The risk view's district matrix names both tiers (SPEC §6): rendered to static markup, no browser. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Risk } from '../../src/app/views/Risk.tsx';
import { meta, result } from './fixtures/result.ts';

const render = (lang: 'zh' | 'en') => renderToStaticMarkup(
  <Risk result={result} meta={meta} lang={lang} district={null} rule={null} onFilter={() => undefined} onTown={() => undefined} />,
);

describe('Risk view: legal and broad tiers side by side', () => {
  it('labels the measures from the rule table (official / practice line) in Chinese', () => {
    const html = render('zh');
    expect(html).toContain('法定: 法定债务率风险等级（官方） · 宽口径: 宽口径债务率风险等级（实践口径）');
    expect(html.match(/data-measure="legal"/g)).toHaveLength(6); // 2 districts × 3 years
    expect(html.match(/data-measure="broad"/g)).toHaveLength(6);
    expect(html.match(/data-warning="true"/g)).toHaveLength(2); // conghua 2026 and 2028
  });
  it('and in English', () => {
    expect(render('en')).toContain('legal: Legal debt-ratio tier (official) · broad: Broad debt-ratio tier (practice line)');
  });
  it('shows the legal and broad ratios in percent, as every other table does (issue #15: 113.5%, not 1.14)', () => {
    const html = render('zh');
    // conghua 2027: legal 1.3 → 130.0%, broad 1.25 → 125.0% (one decimal, from the rule table's district ratio rules)
    expect(html).toMatch(/data-measure="legal">法定 [^<]*<span class="ratio">130\.0%<\/span>/);
    expect(html).toMatch(/data-measure="broad">宽口径 [^<]*<span class="ratio">125\.0%<\/span>/);
    // haizhu 2027 has no ratio: a dash, not 0.0%
    expect(html).not.toMatch(/class="ratio">1\.25</);
  });
});

