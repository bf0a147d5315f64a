/**
 * The uncertainty view (SPEC §8, issue #14), loaded on demand: a Monte Carlo run of the
 * scenario (preset, paths, seed) in Web Workers, one per core, with progress and Cancel; fan
 * charts of the key series with the lines in force; breach probabilities (districts × years,
 * towns × years); PPP contingent liabilities against the 财承 room; the tornado; the goal
 * seek; the distributions as editable calibrations.
 */
import { useEffect, useRef, useState } from 'react';
import { PRESETS } from '../../core/stress/index.ts';
import type { StochasticInput } from '../../core/stress/index.ts';
import { formatIssue } from '../../scenario/issues.ts';
import type { Loose } from '../../scenario/schema/loose.ts';
import type { Lang } from '../i18n.ts';
import type { ScenarioMeta } from '../meta.ts';
import type { UserEntry } from '../state/library.ts';
import { stressWorkerCount } from '../stress/pool.ts';
import { presetLabel } from '../stress/labels.ts';
import type { useStress } from '../stress/useStress.ts';
import type { WorkerClient } from '../worker/client.ts';
import type { StressInputsReply } from '../worker/stressProtocol.ts';
import { Calibrations } from './Calibrations.tsx';
import { GoalSeekForm } from './GoalSeekForm.tsx';
import { StressContingent } from './StressContingent.tsx';
import { FanCharts } from './StressFans.tsx';
import { BreachMatrices } from './StressMatrix.tsx';
import { Tornado } from './Tornado.tsx';

type Inputs = Extract<StressInputsReply, { ok: true }>;

/**
 * Paths a browser run takes at most: each path keeps its key series until the reduction
 * (8 bytes × series × years, about 4 kB for the baseline), so 50,000 paths hold ~200 MB
 * across the workers; larger runs belong to the CLI.
 */
export const MAX_PATHS = 50_000;

export interface StressProps {
  client: WorkerClient;
  path: string;
  /** Changes when the scenario or one of its parents changes (`contentKey`). */
  contentKey: string;
  name: string;
  user: readonly UserEntry[];
  meta: ScenarioMeta;
  lang: Lang;
  stress: ReturnType<typeof useStress>;
  onSaveVariant: (patch: Loose, label: string) => string;
}

export default function Stress({ client, path, contentKey, name, user, meta, lang, stress, onSaveVariant }: StressProps) {
  const zh = lang === 'zh';
  const [preset, setPreset] = useState<string>('');
  const [paths, setPaths] = useState('2000');
  const [seed, setSeed] = useState('1');
  const [edits, setEdits] = useState<StochasticInput>({});
  const [inputs, setInputs] = useState<Inputs | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const stochastic = Object.keys(edits).length > 0 ? edits : null;
  const editsKey = JSON.stringify(edits);
  useEffect(() => {
    let live = true;
    client.call({ type: 'stressInputs', path, user, preset: preset || null, stochastic }).then((r) => {
      if (!live) return;
      if (r.ok) { setInputs(r); setProblem(null); } else setProblem(r.issues.map(formatIssue).join('\n'));
    }, (e: unknown) => { if (live) setProblem(e instanceof Error ? e.message : String(e)); });
    return () => { live = false; };
  }, [client, path, contentKey, preset, editsKey]);

  const { state } = stress;
  const nPaths = Number(paths), nSeed = Number(seed);
  const valid = Number.isInteger(nPaths) && nPaths >= 1 && nPaths <= MAX_PATHS && Number.isSafeInteger(nSeed) && nSeed >= 0;
  const running = state.phase === 'preparing' || state.phase === 'running';
  const workers = stressWorkerCount(typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency);
  const onRun = () => stress.run({ path, user, preset: preset || null, stochastic, paths: nPaths, seed: nSeed, workers }, contentKey);
  const last = state.last && state.last.key === contentKey ? state.last : null;

  // wall time from the click on Run to the charts on screen (this effect runs after they are drawn)
  const [wall, setWall] = useState<{ of: unknown; ms: number } | null>(null);
  const measured = useRef<unknown>(null);
  useEffect(() => {
    if (!last || measured.current === last) return;
    measured.current = last;
    if (performance.getEntriesByName('townfisc:stress-run', 'mark').length === 0) return;
    setWall({ of: last, ms: performance.measure('townfisc:stress', 'townfisc:stress-run').duration });
  }, [last]);
  // the time of this result only (a new result shows none until its own is measured)
  const wallMs = wall && wall.of === last ? wall.ms : null;

  const pct = state.total > 0 ? Math.round((100 * state.done) / state.total) : 0;
  const phaseText: Record<typeof state.phase, string> = zh
    ? { idle: '未运行', preparing: '准备中…', running: `运行中：${state.done} / ${state.total} 条路径`, done: '已完成', cancelled: '已取消', invalid: '情景无效', error: '出错' }
    : { idle: 'not run', preparing: 'preparing…', running: `running: ${state.done} / ${state.total} paths`, done: 'done', cancelled: 'cancelled', invalid: 'invalid scenario', error: 'failed' };
  return (
    <section aria-labelledby="stress-h" data-testid="stress-view">
      <h2 id="stress-h">{zh ? '不确定性与压力测试' : 'Uncertainty and stress'} · {name}</h2>
      <p className="muted">{zh
        ? '蒙特卡洛：每条路径按情景的分布参数（校准值）抽取冲击，运行与确定性计算相同的模型；结果与命令行 townfisc stress 相同（与线程数无关）。'
        : 'Monte Carlo: each path draws its shocks from the distributions (calibrations) and runs the same model as the deterministic run; the result equals townfisc stress (whatever the thread count).'}</p>
      <div className="stress-run">
        <label>{zh ? '预设冲击' : 'Preset'}
          <select value={preset} onChange={(e) => setPreset(e.target.value)} data-testid="stress-preset">
            <option value="">{zh ? '无（基准分布）' : 'none (baseline distributions)'}</option>
            {PRESETS.map((p) => <option key={p} value={p}>{presetLabel(p, lang)}</option>)}
          </select>
        </label>
        <label>{zh ? '路径数' : 'Paths'}
          <input type="number" min={1} max={MAX_PATHS} step={1} value={paths} onChange={(e) => setPaths(e.target.value)} data-testid="stress-paths" />
        </label>
        <label>{zh ? '随机种子' : 'Seed'}
          <input type="number" min={0} step={1} value={seed} onChange={(e) => setSeed(e.target.value)} data-testid="stress-seed" />
        </label>
        <button type="button" onClick={onRun} disabled={!valid || running} data-testid="stress-run">{zh ? '运行' : 'Run'}</button>
        <button type="button" onClick={stress.cancel} disabled={!running} data-testid="stress-cancel">{zh ? '取消' : 'Cancel'}</button>
      </div>
      {!valid && <p className="error" role="alert">{zh ? `路径数须为 1–${MAX_PATHS.toLocaleString('en-US')} 的整数（更多路径请用命令行 townfisc stress），种子为非负整数。` : `Paths must be an integer in 1–${MAX_PATHS.toLocaleString('en-US')} (more paths: the CLI's townfisc stress) and the seed a non-negative integer.`}</p>}
      <div className="stress-progress" data-testid="stress-progress" data-phase={state.phase} data-done={state.done} data-total={state.total} data-live-workers={state.live}>
        <progress max={Math.max(1, state.total)} value={state.done} aria-label={zh ? '压力测试进度' : 'Stress run progress'} />
        <span role="status">{phaseText[state.phase]}{state.phase === 'running' || state.phase === 'done' ? ` (${pct}%)` : ''}</span>
        <span className="muted">{zh ? `最多 ${workers} 个工作线程` : `up to ${workers} ${workers === 1 ? 'worker' : 'workers'}`}</span>
      </div>
      {state.phase === 'invalid' && <div className="notice error" role="alert"><ul>{state.issues.map((i, k) => <li key={k}>{formatIssue(i)}</li>)}</ul></div>}
      {state.error && <p className="error" role="alert">{state.error}</p>}
      {problem && <p className="error" role="alert">{problem}</p>}
      <Calibrations spec={inputs?.spec ?? null} edits={edits} onEdits={setEdits} lang={lang} />
      {last && (
        <div data-testid="stress-result" data-paths={last.result.paths} data-seed={last.result.seed} data-wall-ms={wallMs ?? ''} data-run-ms={Math.round(last.ms)}>
          <p className="muted">
            {zh ? `${last.result.paths} 条路径 · 种子 ${last.result.seed}` : `${last.result.paths} paths · seed ${last.result.seed}`}
            {last.result.preset ? ` · ${presetLabel(last.result.preset, lang)}` : ''}
            {` · ${zh ? '情景哈希' : 'scenario hash'} ${last.result.scenario.hash.slice(0, 12)}`}
            {wallMs !== null ? ` · ${zh ? '用时' : 'took'} ${(wallMs / 1000).toFixed(1)} s (${last.workers} ${zh ? '个线程' : last.workers === 1 ? 'worker' : 'workers'})` : ''}
          </p>
          <FanCharts result={last.result} thresholds={last.inputs.thresholds} meta={meta} lang={lang} />
          <h3>{zh ? '越线概率' : 'Probability of crossing'}</h3>
          <BreachMatrices result={last.result} meta={meta} lang={lang} />
          <h3>{zh ? 'PPP 或有负债与财承空间' : 'PPP contingent liabilities and the affordability room'}</h3>
          <StressContingent result={last.result} meta={meta} lang={lang} decimals={2} />
        </div>
      )}
      {inputs && <Tornado client={client} path={path} user={user} preset={preset || null} stochastic={stochastic} metrics={inputs.metrics} meta={meta} lang={lang} />}
      {inputs && <GoalSeekForm key={contentKey} client={client} path={path} user={user} inputs={inputs} stochastic={stochastic} lang={lang} onSave={onSaveVariant} />}
    </section>
  );
}
