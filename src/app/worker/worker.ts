/// <reference lib="webworker" />
/**
 * The computation worker (issue #8): resolves and validates scenarios and runs `simulate`
 * off the page's thread, so the page never freezes. One request at a time, answered by id;
 * every request gets an answer, an error included (`handle.ts`).
 */
import { bundledTexts } from '../bundled.ts';
import type { Envelope, ReplyEnvelope } from './protocol.ts';
import { handleRequest, postReply } from './handle.ts';
import { createRunner } from './runner.ts';

const runner = createRunner(bundledTexts);

self.onmessage = async (ev: MessageEvent<Envelope>) => {
  const out = await handleRequest(runner, ev.data);
  postReply((m: ReplyEnvelope) => (self as unknown as Worker).postMessage(m), out);
};
