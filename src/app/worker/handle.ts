/**
 * One worker request → one reply envelope, always (issue #12): every failure of the runner
 * becomes an `error` text in Chinese and English instead of a rejected promise, and a reply
 * the page cannot receive (structured clone refused) is answered with an error too, so the
 * page never waits forever. Pure apart from `post`; tested in Node.
 */
import { clip } from '../../scenario/clip.ts';
import { depthMessage, isStackOverflow } from '../../scenario/depth.ts';
import type { Envelope, ReplyEnvelope, ReportFileReply, Request } from './protocol.ts';
import type { Runner } from './runner.ts';
import type { GoalSeekReply, SensitivityReply, StressInputsReply, StressRequest } from './stressProtocol.ts';

/** The bilingual text of an error thrown while resolving or running a scenario. */
export function workerErrorText(e: unknown): string {
  if (isStackOverflow(e)) {
    const { zh, en } = depthMessage(null);
    return `${zh} / ${en}`;
  }
  const msg = clip(e instanceof Error ? e.message : String(e));
  if (e instanceof RangeError) {
    return `情景中的数值超出可精确计算的范围，请检查金额、增长率和公式（${msg}） / the scenario's amounts leave the range the ledger computes exactly; check amounts, growth rates and formulas (${msg})`;
  }
  return `计算出错：${msg} / computation failed: ${msg}`;
}

/** Builds a report's bytes (the worker's, which loads the report builders on first use). */
export type ReportBuilder = (request: Extract<Request, { type: 'report' }>) => Promise<ReportFileReply>;

const noReports: ReportBuilder = () => Promise.reject(new Error('此处不生成报告 / reports are not built here'));

/** Answers an uncertainty request (the worker's loads `stressRequests.ts` on first use). */
export type StressHandler = (request: StressRequest) => Promise<StressInputsReply | SensitivityReply | GoalSeekReply>;

const noStress: StressHandler = () => Promise.reject(new Error('此处不做压力测试 / stress requests are not answered here'));

/** The runner's reply to `env`, or an error envelope. */
export async function handleRequest(runner: Runner, env: Envelope, report: ReportBuilder = noReports, stress: StressHandler = noStress): Promise<ReplyEnvelope> {
  const { id, request } = env;
  try {
    const reply =
      request.type === 'report' ? await report(request)
      : request.type === 'stressInputs' || request.type === 'sensitivity' || request.type === 'goalSeek' ? await stress(request)
      : request.type === 'run' ? await runner.run(request.path, request.user)
      : request.type === 'check' ? await runner.check(request.fileName, request.text, request.user)
      : request.type === 'file' ? await runner.file(request.path, request.user)
      : request.type === 'reportInputs' ? await runner.reportInputs(request.paths, request.user)
      : request.type === 'settle' ? await runner.settle(request.path, request.user, request.year)
      : await runner.resolved(request.path, request.user);
    return { id, reply };
  } catch (e) {
    return { id, error: workerErrorText(e) };
  }
}

/** Posts `out`; when the reply cannot be posted (not cloneable, too deep), posts an error for its id instead. */
export function postReply(post: (m: ReplyEnvelope, transfer: Transferable[]) => void, out: ReplyEnvelope): void {
  // A report's bytes move to the page without a copy.
  const transfer: Transferable[] = out.reply && 'bytes' in out.reply ? [out.reply.bytes.buffer as ArrayBuffer] : [];
  try {
    post(out, transfer);
  } catch (e) {
    post({ id: out.id, error: `无法传回结果 / the result could not be sent back: ${workerErrorText(e)}` }, []);
  }
}
