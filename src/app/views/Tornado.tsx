/**
 * The tornado of one output (SPEC §8 "Sensitivity", §10 `sensitivity`): each driver shocked
 * down and up by one standard deviation of its calibrated distribution (rates ±100 bp, capex
 * ±15%), drivers ranked by swing; computed in the worker with the CLI's `sensitivity`.
 */
import { memo, useState } from 'react';
import { tornado } from '../../charts/stress.ts';
import type { SensitivityResult, StochasticInput } from '../../core/stress/index.ts';
import { ChartView } from '../components/ChartView.tsx';
import type { Lang } from '../i18n.ts';
import type { ScenarioMeta } from '../meta.ts';
import type { UserEntry } from '../state/library.ts';
import { driverLabel, keySeriesLabel } from '../stress/labels.ts';
import type { WorkerClient } from '../worker/client.ts';

const DEFAULT_OUTPUT = 'summary.fiscalCostTotal';

/** Memoised: progress of a stress run must not redraw the tornado. */
export const Tornado = memo(function Tornado({ client, path, user, preset, stochastic, metrics, meta, lang }: {
  client: WorkerClient; path: string; user: readonly UserEntry[]; preset: string | null; stochastic: StochasticInput | null;
  metrics: readonly string[]; meta: ScenarioMeta; lang: Lang;
}) {
  const zh = lang === 'zh';
  const [output, setOutput] = useState(DEFAULT_OUTPUT);
  const [state, setState] = useState<{ busy: boolean; result: SensitivityResult | null; error: string | null }>({ busy: false, result: null, error: null });
  const run = () => {
    setState((s) => ({ ...s, busy: true, error: null }));
    client.call({ type: 'sensitivity', path, user, preset, stochastic, output }).then(
      (r) => setState(r.ok ? { busy: false, result: r.result, error: null } : { busy: false, result: null, error: r.issues.map((i) => `${i.zh} / ${i.en}`).join('; ') }),
      (e: unknown) => setState({ busy: false, result: null, error: e instanceof Error ? e.message : String(e) }),
    );
  };
  const r = state.result;
  const data = r ? { ...tornado(r, lang), labels: r.drivers.map((d) => driverLabel(d.driver, lang)) } : null;
  const outName = (m: string) => (m.startsWith('summary.') ? m : keySeriesLabel(m, meta, lang));
  return (
    <section aria-labelledby="tornado-h" data-testid="tornado">
      <h3 id="tornado-h">{zh ? '敏感性（龙卷风图）' : 'Sensitivity (tornado)'}</h3>
      <div className="stress-run">
        <label>{zh ? '输出指标' : 'Output'}
          <select value={output} onChange={(e) => setOutput(e.target.value)}>
            {(metrics.includes(DEFAULT_OUTPUT) ? metrics : [DEFAULT_OUTPUT, ...metrics]).map((m) => <option key={m} value={m}>{outName(m)}</option>)}
          </select>
        </label>
        <button type="button" onClick={run} disabled={state.busy} data-testid="tornado-run">{state.busy ? (zh ? '计算中…' : 'Computing…') : (zh ? '计算敏感性' : 'Compute sensitivity')}</button>
      </div>
      <p className="muted">{zh ? '各驱动因素单独向下、向上冲击一个标准差（校准值），其余保持计划值；按波动幅度排序；数值为相对基准的变化。' : 'Each driver shocked down and up by one standard deviation (calibrations), everything else at plan; ranked by swing; values are changes from the base.'}</p>
      {state.error && <p className="error" role="alert">{state.error}</p>}
      {r && data && (
        <div data-output={r.output} data-base={r.base ?? ''}>
          <ChartView data={data} title={`${zh ? '龙卷风图' : 'Tornado'}: ${outName(r.output)}`} lang={lang} fileName={`${meta.id}-tornado`} xHeader={zh ? '驱动因素' : 'Driver'} />
        </div>
      )}
    </section>
  );
});
