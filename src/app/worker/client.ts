/** The page's side of the worker: promises by request id. */
import type { Envelope, ReplyEnvelope, ReplyOf, Request } from './protocol.ts';

export interface WorkerClient {
  call<R extends Request>(request: R): Promise<ReplyOf<R>>;
}

export function createWorkerClient(): WorkerClient {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 1;
  worker.onmessage = (ev: MessageEvent<ReplyEnvelope>) => {
    const p = pending.get(ev.data.id);
    if (!p) return;
    pending.delete(ev.data.id);
    if (ev.data.error !== undefined) p.reject(new Error(ev.data.error));
    else p.resolve(ev.data.reply);
  };
  worker.onerror = (ev) => {
    for (const p of pending.values()) p.reject(new Error(ev.message || 'worker failed'));
    pending.clear();
  };
  return {
    call<R extends Request>(request: R): Promise<ReplyOf<R>> {
      const id = next++;
      const env: Envelope = { id, request };
      return new Promise<ReplyOf<R>>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        worker.postMessage(env);
      });
    },
  };
}
