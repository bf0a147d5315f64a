/**
 * Rules have one home (issue #11, SPEC §10 `thresholds`, §11): no threshold literal of a
 * rule line (1.2, 0.07, 0.1, 0.3, 0.05, 2.0, 3.0, or 5/7/10/30% in text) appears in code
 * outside `src/core/rules`; edges read `ruleDef(id)` or the result's `thresholds`. Comments
 * are not code and are skipped. The allow-list names each remaining literal and why it is
 * not a rule line; anything else fails with its file, line and text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The literals of rule lines: tier edges, PPP-share lines, performance link, town exposure cap. */
const NUMBER = /(?<![\w.])(?:1\.2|0\.07|0\.1|0\.3|0\.05|2\.0|3\.0)(?![\w.])/g;
/** The same lines written as percent in user-facing text. */
const PERCENT = /(?<![\d.])(?:5|7|10|30)%/g;

/** `file` may hold `literal` for the reason given: none of these is a rule's line. */
const ALLOWED: readonly { readonly file: string; readonly literal: string; readonly why: string }[] = [
  { file: 'src/app/format.ts', literal: '0.1', why: 'axis ticks: decimals shown for a tick step' },
  { file: 'src/report/template/buildTemplate.ts', literal: '0.05', why: "the template's example town: its revenue growth" },
  { file: 'src/report/xlsx/tableSheet.ts', literal: '0.3', why: 'print margins of the header and footer, in inches' },
  { file: 'src/app/components/ChartView.tsx', literal: '0.07', why: 'alpha of the grey shading behind forecast years' },
  { file: 'src/core/actuals/defaults.ts', literal: '1.2', why: 'the pay factor of the grade 优秀 (SPEC §12), not a line' },
  { file: 'src/scenario/schema/actuals.ts', literal: '1.2', why: 'the grade pay factors named in a field description' },
  { file: 'src/app/state/levers.ts', literal: '0.05', why: 'slider ranges of editor levers' },
  { file: 'src/app/state/levers.ts', literal: '0.1', why: 'slider range of a growth-rate lever' },
  { file: 'src/charts/overview.ts', literal: '0.1', why: 'the smallest top of a ratio axis (one decimal)' },
  { file: 'src/core/finance/irr.ts', literal: '0.1', why: 'initial guess of the IRR root search (Excel default)' },
  { file: 'src/core/finance/xirr.ts', literal: '0.1', why: 'initial guess of the XIRR root search (Excel default)' },
  { file: 'src/core/finance/rate.ts', literal: '0.1', why: 'initial guess of RATE (Excel default)' },
  { file: 'src/core/finance/nearestRoot.ts', literal: '0.1', why: 'step of the root scan grid' },
  { file: 'src/core/rewards/defaults.ts', literal: '1.2', why: 'a point of the default elastic reward curve (an input schedule, SPEC §3)' },
  { file: 'src/core/stress/spec.ts', literal: '0.1', why: 'default sd of a KPI achievement (a Monte Carlo calibration, SPEC §8)' },
  { file: 'src/core/stress/spec.ts', literal: '0.3', why: 'default district-factor loading (a Monte Carlo calibration, SPEC §8)' },
  { file: 'src/core/stress/spec.ts', literal: '0.05', why: 'default revenue and fund-growth sds, land drift (Monte Carlo calibrations, SPEC §8)' },
  { file: 'src/core/stress/draws.ts', literal: '0.05', why: 'floor of a revenue level step on a path (no level falls 95% in a year)' },
  { file: 'src/core/stress/presets.ts', literal: '0.07', why: 'the fourth year of the land bust, −7% (SPEC §8 land-bust-2022)' },
  { file: 'src/core/stress/presets.ts', literal: '0.3', why: 'developer-default: investment KPI × 0.3, and the real-estate-heavy share (SPEC §8)' },
  { file: 'src/scenario/schema/ppp.ts', literal: '0.3', why: 'default of the input constructionLink (a project term judged against the rule, not the line)' },
  { file: 'src/app/views/StressMatrix.tsx', literal: '0.05', why: 'shading of a breach probability (below 5%, below 25%): a display band, not a rule line' },
  { file: 'src/app/views/GoalSeekForm.tsx', literal: '0.05', why: "the probabilistic goal seek's starting probability level (P(crossing) ≤ 5%), editable: a question asked, not a rule line" },
  { file: 'src/cli/commands/stress.ts', literal: '0.05', why: "help text stating a calibration's unit (0.05 = 5 percentage points)" },
  { file: 'src/scenario/schema/town.ts', literal: '30%', why: 'JSON Schema description of an input field citing SPEC §7' },
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f).replace(/\\/g, '/');
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(p) ? [p] : [];
  });
}

/** The text with comments blanked (block comments keep their line breaks, so line numbers hold). */
export function stripComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Every rule-line literal in `text`: `[line, literal, line text]`. */
export function literalsIn(text: string): [number, string, string][] {
  const out: [number, string, string][] = [];
  stripComments(text).split('\n').forEach((line, i) => {
    for (const re of [NUMBER, PERCENT]) for (const m of line.matchAll(re)) out.push([i + 1, m[0], line.trim().slice(0, 140)]);
  });
  return out;
}

describe('rules have one home', () => {
  it('the scanner finds literals in code and skips comments (a check of the check)', () => {
    expect(literalsIn("const x = share > 0.07 ? 'a' : 'b'; // above 0.1\n/* 1.2 */ const y = '超10%';")).toEqual([
      [1, '0.07', "const x = share > 0.07 ? 'a' : 'b';"],
      [2, '10%', "const y = '超10%';"],
    ]);
    expect(literalsIn('const a = 0.075; const b = 10.07; const c = 0.10; const d = 100%;')).toEqual([]);
  });

  it('no threshold literal outside src/core/rules, except the allow-listed non-rule figures', () => {
    const found = files('src')
      .filter((f) => !f.startsWith('src/core/rules/'))
      .flatMap((f) => literalsIn(readFileSync(f, 'utf8')).map(([line, literal, text]) => ({ file: f, line, literal, text })))
      .filter((h) => !ALLOWED.some((a) => a.file === h.file && a.literal === h.literal));
    expect(found.map((h) => `${h.file}:${h.line} ${h.literal} — ${h.text}`)).toEqual([]);
  });
});
