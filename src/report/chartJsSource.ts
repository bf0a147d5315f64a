/**
 * Reads Chart.js's UMD build from node_modules at build time (Node only), to be inlined
 * into the self-contained HTML report by the pure builder.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The source of `chart.js/dist/chart.umd.min.js` (or `chart.umd.js`). */
export function chartJsSource(): string {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('chart.js')); // …/chart.js/dist/chart.cjs
  for (const name of ['chart.umd.min.js', 'chart.umd.js']) {
    try {
      return readFileSync(join(dist, name), 'utf8');
    } catch {
      // try the next build
    }
  }
  throw new Error('chart.js UMD build not found in node_modules/chart.js/dist');
}
