/**
 * Report builders are browser-safe (issue #7): only the PDF printer, the Chart.js source
 * reader and the Node render dispatch touch Node; everything else is pure and runs in the
 * dashboard too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const NODE_ONLY = ['src/report/pdf/', 'src/report/chartJsSource.ts', 'src/report/render.ts', 'src/report/xlsx/streamedAppProps.ts'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('report builders', () => {
  it('import nothing from Node and use no Node globals, outside the PDF printer and the render dispatch', () => {
    const pure = files('src/report').map((f) => relative('.', f).replace(/\\/g, '/')).filter((f) => !NODE_ONLY.some((n) => f.startsWith(n)));
    expect(pure.length).toBeGreaterThan(25);
    for (const f of pure) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/from ['"](node:|fs|path|child_process|playwright)/);
      expect(text, f).not.toMatch(/\b(process\.|Buffer\.|require\()/);
    }
  });
});
