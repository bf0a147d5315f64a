/// <reference lib="webworker" />
/**
 * The computation worker (issue #8): resolves and validates scenarios and runs `simulate`
 * off the page's thread, so the page never freezes. One request at a time, answered by id.
 */
import { bundledTexts } from '../bundled.ts';
import type { Envelope, ReplyEnvelope, ReportFileReply, Request } from './protocol.ts';
import { createRunner } from './runner.ts';

const runner = createRunner(bundledTexts);

/** A report's bytes, built here so the page stays responsive; the builders load on first use. */
async function report(request: Extract<Request, { type: 'report' }>): Promise<ReportFileReply> {
  const [inputs, { buildReportFile }] = await Promise.all([runner.reportInputs(request.paths, request.user), import('../io/reports.ts')]);
  if (!inputs.ok) return { ok: false, issues: inputs.issues };
  return { ok: true, bytes: await buildReportFile(inputs.runs, request.format, { lang: request.lang, generatedAt: request.generatedAt }) };
}

self.onmessage = async (ev: MessageEvent<Envelope>) => {
  const { id, request } = ev.data;
  let out: ReplyEnvelope;
  try {
    const reply =
      request.type === 'report' ? await report(request)
      : request.type === 'run' ? await runner.run(request.path, request.user)
      : request.type === 'check' ? await runner.check(request.fileName, request.text, request.user)
      : request.type === 'file' ? await runner.file(request.path, request.user)
      : request.type === 'reportInputs' ? await runner.reportInputs(request.paths, request.user)
      : request.type === 'settle' ? await runner.settle(request.path, request.user, request.year)
      : await runner.resolved(request.path, request.user);
    out = { id, reply };
  } catch (e) {
    out = { id, error: e instanceof Error ? e.message : String(e) };
  }
  // A report's bytes move to the page without a copy.
  const transfer = out.reply && 'bytes' in out.reply ? [out.reply.bytes.buffer as ArrayBuffer] : [];
  (self as unknown as Worker).postMessage(out, transfer);
};
