/// <reference lib="webworker" />
/**
 * The computation worker (issue #8): resolves and validates scenarios and runs `simulate`
 * off the page's thread, so the page never freezes. One request at a time, answered by id.
 */
import { bundledTexts } from '../bundled.ts';
import type { Envelope, ReplyEnvelope } from './protocol.ts';
import { createRunner } from './runner.ts';

const runner = createRunner(bundledTexts);

self.onmessage = async (ev: MessageEvent<Envelope>) => {
  const { id, request } = ev.data;
  let out: ReplyEnvelope;
  try {
    const reply =
      request.type === 'run' ? await runner.run(request.path, request.user)
      : request.type === 'check' ? await runner.check(request.fileName, request.text, request.user)
      : request.type === 'file' ? await runner.file(request.path, request.user)
      : request.type === 'reportInputs' ? await runner.reportInputs(request.paths, request.user)
      : request.type === 'settle' ? await runner.settle(request.path, request.user, request.year)
      : await runner.resolved(request.path, request.user);
    out = { id, reply };
  } catch (e) {
    out = { id, error: e instanceof Error ? e.message : String(e) };
  }
  (self as unknown as Worker).postMessage(out);
};
