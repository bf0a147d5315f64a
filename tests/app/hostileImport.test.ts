/**
 * The hostile-input corpus (issue #12) through the dashboard's import path, in Node: the
 * worker's `check` (what the import button calls) and, for a file it accepts, a `run` of
 * the imported scenario. Nothing throws; refused files come back as issues with bounded
 * lines; accepted ones run to finite numbers only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addImported, EMPTY_LIBRARY } from '../../src/app/state/library.ts';
import { createRunner } from '../../src/app/worker/runner.ts';
import { formatIssue } from '../../src/scenario/issues.ts';
import { nonFiniteNumbers } from '../support/finite.ts';
import { hostileCorpus } from '../support/hostileCorpus.ts';

const dir = new URL('../../scenarios/', import.meta.url);
const bundled = new Map(readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => [`/scenarios/${f}`, readFileSync(new URL(f, dir), 'utf8')] as const));
const paths = [...bundled.keys()];

describe('hostile corpus through the dashboard import', () => {
  it('every importable case is refused with bounded issues, or imports and runs to finite numbers', async () => {
    const runner = createRunner(bundled);
    const cases = hostileCorpus().filter((c) => c.importable);
    expect(cases.length).toBeGreaterThanOrEqual(60);
    for (const [i, c] of cases.entries()) {
      const fileName = `c${i}.${c.ext ?? 'yaml'}`;
      const text = c.text ?? '';
      const checked = await runner.check(fileName, text, []);
      if (!checked.ok) {
        expect(c.expect, `${c.name} refused: ${checked.issues.slice(0, 2).map(formatIssue).join(' | ')}`).toBe('refused');
        expect(checked.issues.length, c.name).toBeLessThanOrEqual(201);
        for (const line of checked.issues.map(formatIssue)) expect(line.length, `${c.name}: ${line.slice(0, 120)}`).toBeLessThan(1500);
        continue;
      }
      expect(c.expect, `${c.name} was accepted`).toBe('runs');
      const { lib, entry } = addImported(EMPTY_LIBRARY, paths, { fileName, text, id: checked.id, name: checked.name });
      const ran = await runner.run(entry.path, lib.user);
      expect(ran.ok, c.name).toBe(true);
      if (ran.ok) expect(nonFiniteNumbers(ran.result), c.name).toEqual([]);
    }
  }, 300_000);
});
