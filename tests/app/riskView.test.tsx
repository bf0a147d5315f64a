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
});
