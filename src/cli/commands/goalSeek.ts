import type { Command } from 'commander';
import { UserError } from '../userError.ts';
import { suggest } from '../../scenario/suggest.ts';
import type { ParamProblem } from '../../core/stress/paramPath.ts';

interface GoalSeekOpts {
  param: string; rule: string; subject?: string; min?: boolean; max?: boolean; lo?: string; hi?: string; tol?: string;
  probability?: string; paths: string; seed: string; json?: boolean;
}

function num(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new UserError(`--${name} ${JSON.stringify(v.slice(0, 40))}：须为数字 / must be a number`);
  return n;
}

const quote = (v: string, n: number): string => JSON.stringify(v.length > n ? `${v.slice(0, n)}…` : v);

/** One line for a `--param` path that names no number: why, what could be written there, the likely fix. */
function paramProblem(path: string, p: ParamProblem | null): string {
  const head = `--param ${quote(path, 80)}：`;
  if (p === null) return `${head}不是数值参数 / names no number`;
  const why = p.kind === 'syntax' ? '路径格式无效 / not a path (segments joined by ".", items as [id] or [index])'
    : p.kind === 'missing' ? `${quote(p.step, 60)} 不存在 / ${quote(p.step, 60)} names nothing`
      : `${quote(p.step, 60)} 是对象或列表，不是数值 / ${quote(p.step, 60)} is an object or a list, not a number`;
  const guess = p.kind === 'missing' ? suggest(p.step, p.known) : null;
  const list = p.known.slice(0, 12).join(', ') + (p.known.length > 12 ? ', …' : '');
  return `${head}${why}; ${guess ? `是否指 / did you mean ${quote(guess, 80)}? ` : ''}${list ? `可选 / one of: ${list}` : '例如 / e.g. rewards.pool, towns[<id>].bonds[0].amount'}`;
}

/** One line for a `--rule` id the run does not evaluate, with the closest evaluated one. */
function ruleProblem(rule: string, known: readonly string[]): string {
  const guess = suggest(rule, known);
  return `--rule ${quote(rule, 60)}：本情景未评估该规则 / not a rule evaluated for this scenario; ` +
    `${guess ? `是否指 / did you mean ${guess}? ` : ''}可选 / one of: ${known.join(', ')}`;
}

/** `townfisc goal-seek FILE --param PATH --rule RULE [--min|--max] [--lo --hi --tol] [--probability P --paths N --seed S]` (SPEC §8, §10). */
export function registerGoalSeek(program: Command): void {
  program
    .command('goal-seek')
    .description('目标求解：规则每年成立时参数的最大/最小值（二分法）/ goal seek: the largest or smallest parameter value for which a rule holds every year (bisection)')
    .argument('<file>', '情景文件 / scenario file')
    .requiredOption('--param <path>', '参数路径 / parameter path, e.g. rewards.pool, towns[conghua-hot-spring].bonds[0].amount')
    .requiredOption('--rule <rules>', '规则 id（逗号分隔）/ rule id(s), comma-separated, e.g. district.tier')
    .option('--subject <kind:id>', '仅该对象 / only this subject, e.g. district:conghua')
    .option('--max', '求最大值（默认）/ the largest value (default)')
    .option('--min', '求最小值 / the smallest value')
    .option('--lo <v>', '区间下限（默认 0）/ bracket low (default 0)')
    .option('--hi <v>', '区间上限（默认当前值的 10 倍）/ bracket high (default 10 × the current value)')
    .option('--tol <v>', '容差（默认区间宽度 × 1e-9）/ tolerance (default bracket width × 1e-9)')
    .option('--probability <p>', '概率形式：越线概率不超过 p / probabilistic form: P(crossing at least once) ≤ p')
    .option('--paths <n>', '概率形式的路径数 / paths of the probabilistic form', '200')
    .option('--seed <s>', '概率形式的种子 / seed of the probabilistic form', '1')
    .option('--json', '输出 SPEC §10 goal-seek JSON / emit the goal-seek JSON')
    .addHelpText('after', '\n退出码 / exit: 0 完成（含无解，见 message）done (also when no value works: see message), 2 输入无效 invalid input')
    .action(async (file: string, opts: GoalSeekOpts) => {
      const [{ loadOrThrow }, stress, { simulate }, io] = await Promise.all([
        import('../load.ts'), import('../../core/stress/index.ts'), import('../../core/simulate.ts'), import('../io.ts'),
      ]);
      if (opts.min && opts.max) throw new UserError('--min 与 --max 只能选一个 / give --min or --max, not both');
      const { scenario } = await loadOrThrow(file);
      const current = stress.getParam(scenario, opts.param);
      const rules = opts.rule.split(',').map((r) => r.trim()).filter((r) => r.length > 0);
      const known: string[] = [...new Set(simulate(scenario).limits.map((l) => l.rule))];
      // every problem at once (SPEC §10, HELPERS "bad input"): the parameter path and the rules
      const problems = [
        ...(current === null ? [paramProblem(opts.param, stress.explainParam(scenario, opts.param))] : []),
        ...rules.filter((r) => !known.includes(r)).map((r) => ruleProblem(r, known)),
        ...(rules.length === 0 ? ['--rule：未给出规则 / no rule given; 例如 / e.g. --rule district.tier'] : []),
      ];
      if (problems.length > 0 || current === null) throw new UserError(problems);
      const lo = num('lo', opts.lo) ?? 0;
      const hi = num('hi', opts.hi) ?? (current > 0 ? 10 * current : 1);
      if (!(hi > lo)) throw new UserError(`--lo ${lo} --hi ${hi}：下限须小于上限 / the bracket needs lo < hi`);
      const tol = num('tol', opts.tol) ?? (hi - lo) * 1e-9;
      if (!(tol > 0)) throw new UserError('--tol 须为正数 / --tol must be positive');
      const filter = { rules, subject: opts.subject ?? null };
      const p = num('probability', opts.probability);
      if (p !== undefined && !(p >= 0 && p <= 1)) throw new UserError('--probability 须在 0–1 / must be in 0–1');
      const paths = Number(opts.paths), seed = Number(opts.seed);
      if (p !== undefined && !(Number.isInteger(paths) && paths > 0 && Number.isInteger(seed) && seed >= 0)) {
        throw new UserError('--paths 须为正整数、--seed 为非负整数 / --paths must be a positive integer and --seed a non-negative integer');
      }
      const spec = stress.resolveStochastic(scenario.stochastic);
      const holds = stress.seekPredicate(scenario, opts.param, filter, p === undefined ? null : { probability: p, paths, seed, spec });
      const r = stress.goalSeek(holds, lo, hi, tol, opts.min ? 'min' : 'max');
      const out = { param: opts.param, rule: rules.join(','), ...r, ...(p !== undefined ? { probability: p, paths, seed } : {}) };
      const text = opts.json ? `${JSON.stringify(out, null, 2)}\n`
        : `${r.message}\n  bracket [${lo}, ${hi}] · tolerance ${tol} · iterations ${r.iterations}\n`;
      await io.writeChunksToStdout([text]);
    });
}
