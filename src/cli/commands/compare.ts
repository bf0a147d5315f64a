import type { Command } from 'commander';
import { TIER_OF_RANK, type ComparedMetric } from '../../core/compare.ts';
import { fmtPct, fmtRatio, fmtWan, renderTable } from '../format/table.ts';
import { UserError } from '../userError.ts';

function fmtValue(m: ComparedMetric, v: number | null): string {
  if (v === null) return '—';
  switch (m.unit) {
    case 'wan':
    case 'wanPerJob': return fmtWan(v);
    case 'share': return fmtPct(v, 2);
    case 'ratio': return fmtRatio(v, 3);
    case 'count': return String(v);
    case 'tier': return TIER_OF_RANK[v] ?? String(v);
  }
}

function fmtDelta(m: ComparedMetric, i: number): string {
  const d = m.delta[i] ?? null;
  if (i === 0 || d === null) return '';
  if (m.unit === 'tier') return d === 0 ? '' : `${d > 0 ? '+' : ''}${d} 级`;
  const sign = d > 0 ? '+' : '';
  const pct = m.deltaPct[i] ?? null;
  const abs = m.unit === 'share' ? `${sign}${(d * 100).toFixed(2)}pp` : `${sign}${fmtValue(m, d)}`;
  return pct === null || m.unit === 'share' ? abs : `${abs} (${sign}${(pct * 100).toFixed(1)}%)`;
}

/** `townfisc compare A B [C…] [--json]`: key metrics side by side, deltas against A (SPEC §10). */
export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('多情景关键指标对比（相对第一个情景的差额）/ key metrics side by side, deltas against the first')
    .argument('<files...>', '两个或更多情景文件 / two or more scenario files')
    .option('--json', '输出 JSON / emit JSON')
    .action(async (files: string[], opts: { json?: boolean }) => {
      if (files.length < 2) throw new UserError('compare 需要至少两个情景文件 / compare needs at least two scenario files');
      const [{ loadOrThrow }, { simulate }, { compareResults }] = await Promise.all([import('../load.ts'), import('../../core/simulate.ts'), import('../../core/compare.ts')]);
      const loaded = await Promise.all(files.map((f) => loadOrThrow(f)));
      const cmp = compareResults(loaded.map(({ scenario, hash }) => simulate(scenario, { hash })));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(cmp, null, 2)}\n`);
        return;
      }
      const header = ['指标 metric', ...cmp.scenarios.flatMap((s, i) => (i === 0 ? [s.id] : [s.id, `Δ vs ${cmp.scenarios[0]?.id ?? 'A'}`]))];
      const rows = cmp.metrics.map((m) => [
        `${m.zh} ${m.en}`,
        ...m.values.flatMap((v, i) => (i === 0 ? [fmtValue(m, v)] : [fmtValue(m, v), fmtDelta(m, i)])),
      ]);
      const names = cmp.scenarios.map((s) => `  ${s.id}: ${s.name} (hash ${s.hash.slice(0, 12)})`).join('\n');
      process.stdout.write(`${names}\n\n${renderTable(header, rows)}\n\n金额单位：万元 / money in 万元\n`);
    });
}
