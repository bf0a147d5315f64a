/**
 * The worker's uncertainty requests (SPEC §8, issue #14), loaded on first use: the inputs of
 * a Monte Carlo run, a sensitivity run and a goal seek, each over a scenario of the library
 * resolved by the runner (cached), under an optional preset and edited calibrations — the
 * same core functions and defaults as `townfisc stress | sensitivity | goal-seek`.
 */
import { simulate } from '../../core/simulate.ts';
import type { Scenario } from '../../core/model/scenario.ts';
import {
  applyPreset, getParam, goalSeek, isPreset, metricNames, readMetric, resolveStochastic, seekPredicate, sensitivity,
} from '../../core/stress/index.ts';
import type { StochasticSpec } from '../../core/stress/index.ts';
import type { ScenarioIssue } from '../../scenario/issues.ts';
import { mergeStochastic } from '../stress/calibrations.ts';
import { goalSeekPatch } from '../state/goalSeekPatch.ts';
import type { Runner } from './runner.ts';
import { MAX_SEEK_PATHS } from './seekLimits.ts';
import type { GoalSeekReply, SensitivityReply, StressInputsReply, StressRequest } from './stressProtocol.ts';

const issue = (zh: string, en: string, value?: unknown): ScenarioIssue => ({ path: '', value, zh, en });
const fail = (zh: string, en: string, value?: unknown) => ({ ok: false as const, issues: [issue(zh, en, value)] });

type Prepared = { ok: true; scenario: Scenario; spec: StochasticSpec; hash: string; doc: Readonly<Record<string, unknown>> } | { ok: false; issues: readonly ScenarioIssue[] };

/** The scenario of the request with its preset applied, and its distributions. */
async function prepare(runner: Runner, r: StressRequest): Promise<Prepared> {
  const [inputs, resolved] = await Promise.all([runner.reportInputs([r.path], r.user), runner.resolved(r.path, r.user)]);
  if (!inputs.ok) return { ok: false, issues: inputs.issues };
  if (!resolved.ok) return { ok: false, issues: resolved.issues };
  const base = inputs.runs[0]!.scenario;
  const spec = resolveStochastic(mergeStochastic(base.stochastic, r.stochastic));
  if (r.preset !== null && !isPreset(r.preset)) return fail(`未知预设 ${r.preset.slice(0, 40)}`, `unknown preset ${r.preset.slice(0, 40)}`, r.preset);
  const scenario = r.preset !== null && isPreset(r.preset) ? applyPreset(base, r.preset, { spec }) : base;
  return { ok: true, scenario, spec, hash: resolved.hash, doc: resolved.doc };
}

/** Parameters the goal seek offers: the reward pool and every town's special bonds (any other path may be typed). */
function paramsOf(s: Scenario): { path: string; value: number }[] {
  const paths = ['rewards.pool', ...s.towns.flatMap((t) => t.bonds.map((_, i) => `towns[${t.id}].bonds[${i}].amount`))];
  return paths.flatMap((path) => {
    const value = getParam(s, path);
    return value === null ? [] : [{ path, value }];
  });
}

async function stressInputs(runner: Runner, r: StressRequest): Promise<StressInputsReply> {
  const p = await prepare(runner, r);
  if (!p.ok) return p;
  const run = simulate(p.scenario, { hash: p.hash });
  return {
    ok: true, scenario: p.scenario, spec: p.spec, hash: p.hash, baseLimits: run.limits, thresholds: run.thresholds,
    metrics: metricNames(p.scenario, run), rules: [...new Set(run.limits.map((l) => l.rule))].sort(), params: paramsOf(p.scenario),
  };
}

async function sensitivityOf(runner: Runner, r: Extract<StressRequest, { type: 'sensitivity' }>): Promise<SensitivityReply> {
  const p = await prepare(runner, r);
  if (!p.ok) return p;
  const names = metricNames(p.scenario, simulate(p.scenario));
  if (!names.includes(r.output)) return fail(`未知指标 ${r.output.slice(0, 60)}`, `unknown metric ${r.output.slice(0, 60)}`, r.output);
  const result = sensitivity(p.scenario, p.spec, r.output,
    (s, achievements) => simulate(s, achievements ? { achievements } : {}),
    (run) => readMetric(p.scenario, run, r.output));
  return { ok: true, result };
}

async function goalSeekOf(runner: Runner, r: Extract<StressRequest, { type: 'goalSeek' }>): Promise<GoalSeekReply> {
  const p = await prepare(runner, r);
  if (!p.ok) return p;
  const current = getParam(p.scenario, r.param);
  if (current === null) {
    return fail(`参数路径 ${r.param.slice(0, 80)} 不是情景中的数值参数（如 rewards.pool、towns[<id>].bonds[0].amount）`,
      `${r.param.slice(0, 80)} names no number in the scenario (e.g. rewards.pool, towns[<id>].bonds[0].amount)`, r.param);
  }
  const known = new Set(simulate(p.scenario).limits.map((l) => l.rule));
  const unknown = r.rules.filter((x) => !known.has(x as never));
  if (r.rules.length === 0 || unknown.length > 0) {
    return fail(`本情景未评估规则 ${unknown.join(',').slice(0, 80)}，请从列表中选择`, `rule ${unknown.join(',').slice(0, 80)} is not evaluated for this scenario: pick one from the list`, unknown.join(','));
  }
  const lo = r.lo ?? 0;
  const hi = r.hi ?? (current > 0 ? 10 * current : 1);
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && hi > lo)) return fail(`区间 [${lo}, ${hi}] 无效：下限须小于上限`, `the bracket [${lo}, ${hi}] needs lo < hi`, [lo, hi]);
  const filter = { rules: r.rules, subject: r.subject };
  const pf = r.probabilistic;
  if (pf !== null && !(pf.probability >= 0 && pf.probability <= 1 && Number.isInteger(pf.paths) && pf.paths > 0 && pf.paths <= MAX_SEEK_PATHS && Number.isInteger(pf.seed) && pf.seed >= 0)) {
    return fail(`概率形式：概率须在 0–1，路径数为 1–${MAX_SEEK_PATHS} 的整数，种子为非负整数`,
      `probabilistic form: the probability must be in 0–1, the paths an integer in 1–${MAX_SEEK_PATHS}, the seed a non-negative integer`, pf);
  }
  const holds = seekPredicate(p.scenario, r.param, filter, pf === null ? null : { ...pf, spec: p.spec });
  const result = goalSeek(holds, lo, hi, (hi - lo) * 1e-9, r.direction);
  return { ok: true, result, param: r.param, current, patch: result.value === null ? null : goalSeekPatch(p.doc, r.param, result.value) };
}

/** Answers one uncertainty request. */
export function handleStress(runner: Runner, r: StressRequest): Promise<StressInputsReply | SensitivityReply | GoalSeekReply> {
  switch (r.type) {
    case 'stressInputs': return stressInputs(runner, r);
    case 'sensitivity': return sensitivityOf(runner, r);
    case 'goalSeek': return goalSeekOf(runner, r);
    default: {
      const never: never = r;
      return Promise.reject(new Error(`unknown request ${String(never)}`));
    }
  }
}
