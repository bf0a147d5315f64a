/**
 * The goal seek (SPEC §8 "Goal seek", §10 `goal-seek`): the largest (or smallest) value of
 * one parameter, addressed by its path, for which a rule holds in every year, by bisection
 * over a bracket — the CLI's `goal-seek` in the worker. The probabilistic form asks instead
 * that the probability of crossing at least once, over a number of Monte Carlo paths under
 * the view's calibrations, stay at or below a level (e.g. P(yellow) ≤ 5%), as
 * `goal-seek --probability P --paths N --seed S`. The answer can be saved as a variant of the
 * scenario (an `extends` override, SPEC §2) that then sits in the library.
 */
import { useState } from 'react';
import type { GoalSeekResult } from '../../core/stress/index.ts';
import type { LimitRow } from '../../core/rules/types.ts';
import type { Loose } from '../../scenario/schema/loose.ts';
import type { StochasticInput } from '../../core/stress/index.ts';
import type { Lang } from '../i18n.ts';
import type { UserEntry } from '../state/library.ts';
import { ruleLabel } from '../risk/ruleFormat.ts';
import type { WorkerClient } from '../worker/client.ts';
import { MAX_SEEK_PATHS } from '../worker/seekLimits.ts';

export interface GoalSeekInputs {
  readonly rules: readonly string[];
  readonly params: readonly { readonly path: string; readonly value: number }[];
  readonly baseLimits: readonly LimitRow[];
}

type Answer = { result: GoalSeekResult; param: string; rule: string; patch: Loose | null; current: number; form: Probabilistic | null };

type Probabilistic = { probability: number; paths: number; seed: number };

/** The probabilistic form's paths per value when not given (the CLI's `--paths` default). */
const SEEK_PATHS = 200;

const num = (s: string): number | null => (s.trim() === '' || !Number.isFinite(Number(s)) ? null : Number(s));

export function GoalSeekForm({ client, path, user, inputs, stochastic, lang, onSave }: {
  client: WorkerClient; path: string; user: readonly UserEntry[]; inputs: GoalSeekInputs;
  /** The view's calibration edits (the probabilistic form draws its paths under them). */
  stochastic: StochasticInput | null;
  lang: Lang;
  /** Saves the answer as a variant; returns the variant's name. */
  onSave: (patch: Loose, label: string) => string;
}) {
  const zh = lang === 'zh';
  const [param, setParam] = useState(inputs.params[0]?.path ?? 'rewards.pool');
  const [rule, setRule] = useState(inputs.rules.includes('district.tier') ? 'district.tier' : inputs.rules[0] ?? '');
  const [subject, setSubject] = useState('');
  const [direction, setDirection] = useState<'max' | 'min'>('max');
  const [lo, setLo] = useState('');
  const [hi, setHi] = useState('');
  const [probabilistic, setProbabilistic] = useState(false);
  const [level, setLevel] = useState('0.05');
  const [seekPaths, setSeekPaths] = useState(String(SEEK_PATHS));
  const [seekSeed, setSeekSeed] = useState('1');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const subjects = [...new Set(inputs.baseLimits.filter((l) => l.rule === rule).map((l) => `${l.subject.kind}:${l.subject.id}`))];
  const current = inputs.params.find((p) => p.path === param)?.value;
  const solve = () => {
    setBusy(true);
    setError(null);
    setSaved(null);
    const form: Probabilistic | null = probabilistic ? { probability: num(level) ?? Number.NaN, paths: num(seekPaths) ?? Number.NaN, seed: num(seekSeed) ?? Number.NaN } : null;
    client.call({ type: 'goalSeek', path, user, preset: null, stochastic: form ? stochastic : null, param: param.trim(), rules: [rule], subject: subject || null, direction, lo: num(lo), hi: num(hi), probabilistic: form }).then((r) => {
      setBusy(false);
      if (r.ok) setAnswer({ result: r.result, param: r.param, rule, patch: r.patch, current: r.current, form });
      else { setAnswer(null); setError(r.issues.map((i) => (zh ? i.zh : i.en)).join('; ')); }
    }, (e: unknown) => { setBusy(false); setError(e instanceof Error ? e.message : String(e)); });
  };
  const a = answer;
  return (
    <section aria-labelledby="gs-h" data-testid="goal-seek">
      <h3 id="gs-h">{zh ? '目标求解' : 'Goal seek'}</h3>
      <p className="muted">{zh ? '在区间内用二分法求参数的最大（或最小）值，使所选规则在每一年都成立（等级规则：低于黄档；恰在线上按“线上”规则判定）。基于未施加预设的情景。' : 'Bisection over the bracket for the largest (or smallest) parameter value for which the rule holds in every year (a tier rule: below yellow; a value at the line is judged by the at-the-line rule). On the scenario without a preset.'}</p>
      <div className="goal-seek">
        <label>{zh ? '参数路径' : 'Parameter path'}
          <input type="text" list="gs-params" value={param} onChange={(e) => setParam(e.target.value)} data-testid="gs-param" spellCheck={false} />
          <datalist id="gs-params">{inputs.params.map((p) => <option key={p.path} value={p.path} />)}</datalist>
        </label>
        <label>{zh ? '规则' : 'Rule'}
          <select value={rule} onChange={(e) => { setRule(e.target.value); setSubject(''); }} data-testid="gs-rule">
            {inputs.rules.map((r) => <option key={r} value={r}>{ruleLabel(r, lang)} · {r}</option>)}
          </select>
        </label>
        <label>{zh ? '对象（可选）' : 'Subject (optional)'}
          <select value={subject} onChange={(e) => setSubject(e.target.value)} data-testid="gs-subject">
            <option value="">{zh ? '全部对象' : 'every subject'}</option>
            {subjects.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <fieldset>
          <legend>{zh ? '方向' : 'Direction'}</legend>
          <label><input type="radio" name="gs-dir" checked={direction === 'max'} onChange={() => setDirection('max')} /> {zh ? '最大值' : 'largest'}</label>
          <label><input type="radio" name="gs-dir" checked={direction === 'min'} onChange={() => setDirection('min')} /> {zh ? '最小值' : 'smallest'}</label>
        </fieldset>
        <label>{zh ? '区间下限' : 'Bracket low'}
          <input type="number" step="any" value={lo} onChange={(e) => setLo(e.target.value)} placeholder="0" data-testid="gs-lo" />
        </label>
        <label>{zh ? '区间上限' : 'Bracket high'}
          <input type="number" step="any" value={hi} onChange={(e) => setHi(e.target.value)} placeholder={current !== undefined ? String(10 * current) : ''} data-testid="gs-hi" />
        </label>
        <fieldset>
          <legend>{zh ? '形式' : 'Form'}</legend>
          <label><input type="checkbox" checked={probabilistic} onChange={(e) => setProbabilistic(e.target.checked)} data-testid="gs-probabilistic" /> {zh ? '概率形式：越线概率不超过' : 'probabilistic: P(crossing at least once) at most'}</label>
          {probabilistic && (
            <>
              <label>{zh ? '概率上限' : 'Probability at most'}
                <input type="number" step="0.01" min="0" max="1" value={level} onChange={(e) => setLevel(e.target.value)} data-testid="gs-level" />
              </label>
              <label>{zh ? '每个取值的路径数' : 'Paths per value'}
                <input type="number" step="1" min="1" max={MAX_SEEK_PATHS} value={seekPaths} onChange={(e) => setSeekPaths(e.target.value)} data-testid="gs-paths" />
              </label>
              <label>{zh ? '种子' : 'Seed'}
                <input type="number" step="1" min="0" value={seekSeed} onChange={(e) => setSeekSeed(e.target.value)} data-testid="gs-seed" />
              </label>
            </>
          )}
        </fieldset>
        <button type="button" onClick={solve} disabled={busy || param.trim() === '' || rule === ''} data-testid="gs-solve">{busy ? (zh ? '求解中…' : 'Solving…') : (zh ? '求解' : 'Solve')}</button>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {a && (
        <div role="status" data-testid="gs-answer" data-value={a.result.value ?? ''} data-holds={String(a.result.holds)}>
          <p>{a.result.message}</p>
          {a.form && <p className="muted" data-testid="gs-form">{zh ? `概率形式：P(越线) ≤ ${a.form.probability}，每个取值 ${a.form.paths} 条路径，种子 ${a.form.seed}（同一种子用于每个取值）` : `probabilistic form: P(crossing) ≤ ${a.form.probability}, ${a.form.paths} paths per value, seed ${a.form.seed} (the same seed at every value)`}</p>}
          <p className="muted">{zh ? '当前值' : 'current value'} {a.current} · {zh ? '区间' : 'bracket'} [{a.result.bracket[0]}, {a.result.bracket[1]}] · {zh ? '容差' : 'tolerance'} {a.result.tolerance.toPrecision(3)} · {zh ? '迭代' : 'iterations'} {a.result.iterations}</p>
          {a.result.value !== null && a.patch !== null && (
            <button type="button" data-testid="gs-save" onClick={() => setSaved(onSave(a.patch as Loose, `${a.param}=${Number(a.result.value?.toPrecision(8))}`))}>
              {zh ? '另存为变体' : 'Save as a variant'}
            </button>
          )}
          {saved && <p data-testid="gs-saved">{zh ? `已保存为变体「${saved}」，见情景库。` : `Saved as the variant “${saved}”; see the library.`}</p>}
        </div>
      )}
    </section>
  );
}
