/// <reference lib="webworker" />
/**
 * The computation worker (issue #8): resolves and validates scenarios and runs `simulate`
 * off the page's thread, so the page never freezes. One request at a time, answered by id;
 * every request gets an answer, an error included (`handle.ts`).
 */
import { bundledTexts } from '../bundled.ts';
import { handleRequest, postReply, type StressHandler } from './handle.ts';
import type { Envelope, ReplyEnvelope, ReportFileReply, Request } from './protocol.ts';
import { createRunner } from './runner.ts';

const runner = createRunner(bundledTexts);

/** A report's bytes, built here so the page stays responsive; the builders load on first use. */
async function report(request: Extract<Request, { type: 'report' }>): Promise<ReportFileReply> {
  const [inputs, { buildReportFile }] = await Promise.all([runner.reportInputs(request.paths, request.user), import('../io/reports.ts')]);
  if (!inputs.ok) return { ok: false, issues: inputs.issues };
  return { ok: true, bytes: await buildReportFile(inputs.runs, request.format, { lang: request.lang, generatedAt: request.generatedAt }) };
}

/** Uncertainty requests (SPEC §8): their module loads on first use. */
const stress: StressHandler = async (request) => (await import('./stressRequests.ts')).handleStress(runner, request);

self.onmessage = async (ev: MessageEvent<Envelope>) => {
  const out = await handleRequest(runner, ev.data, report, stress);
  postReply((m: ReplyEnvelope, transfer: Transferable[]) => (self as unknown as Worker).postMessage(m, transfer), out);
};
