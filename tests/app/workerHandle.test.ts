/** The worker answers every request, failures included, in both languages (issue #12). */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handleRequest, postReply, workerErrorText } from '../../src/app/worker/handle.ts';
import type { ReplyEnvelope } from '../../src/app/worker/protocol.ts';
import { createRunner, type Runner } from '../../src/app/worker/runner.ts';
import { addVariant, EMPTY_LIBRARY, updateVariant } from '../../src/app/state/library.ts';

const dir = new URL('../../scenarios/', import.meta.url);
const bundled = new Map(readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => [`/scenarios/${f}`, readFileSync(new URL(f, dir), 'utf8')] as const));
const BASE = '/scenarios/guangzhou-baseline.yaml';

const throwing = (e: unknown): Runner => {
  const fail = async (): Promise<never> => {
    throw e;
  };
  return { run: fail, check: fail, resolved: fail, file: fail, reportInputs: fail, settle: fail };
};

describe('worker request handling', () => {
  it('an engine RangeError becomes a bilingual error reply, not a rejected promise', async () => {
    const out = await handleRequest(throwing(new RangeError('toFenInt: 1e+308 万元 is beyond the exact fen range (±2^53 fen)')), { id: 7, request: { type: 'run', path: BASE, user: [] } });
    expect(out.id).toBe(7);
    expect(out.error).toMatch(/^情景中的数值超出可精确计算的范围.* \/ the scenario's amounts leave the range/);
  });

  it('a stack overflow reads as the depth message; other errors are clipped', () => {
    expect(workerErrorText(new RangeError('Maximum call stack size exceeded'))).toMatch(/嵌套层级过深.*nested too deeply/);
    expect(workerErrorText(new Error('x'.repeat(100_000))).length).toBeLessThan(600);
  });

  it('a reply that cannot be posted is answered with an error for the same id', () => {
    const posted: ReplyEnvelope[] = [];
    let first = true;
    postReply((m) => {
      if (first) {
        first = false;
        throw new DOMException('could not be cloned', 'DataCloneError');
      }
      posted.push(m);
    }, { id: 3, error: 'x' });
    expect(posted).toHaveLength(1);
    expect(posted[0]!.id).toBe(3);
    expect(posted[0]!.error).toMatch(/无法传回结果 \/ the result could not be sent back/);
  });

  it('a variant whose override is nested 10,000 deep is answered with the depth message (as issues or an error), never a hang', async () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    const { lib, entry } = addVariant(EMPTY_LIBRARY, [...bundled.keys()], BASE, 'guangzhou-baseline', '基准', 'zh');
    const user = updateVariant(lib, entry.path, { levers: {}, override: { description: deep } }).user;
    const out = await handleRequest(createRunner(bundled), { id: 1, request: { type: 'run', path: entry.path, user } });
    const text = out.error ?? (out.reply && !out.reply.ok && 'issues' in out.reply ? out.reply.issues.map((i) => i.en).join() : 'ok');
    expect(text).toMatch(/nested too deeply/);
  });
});
