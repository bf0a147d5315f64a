/**
 * Scenario runs requested from the worker, cached by content key (a variant edited is a new
 * key; its old result stays until the new one arrives, so charts never blank out).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkerClient } from './worker/client.ts';
import type { RunReply, ResolvedReply } from './worker/protocol.ts';
import { contentKey, type Library } from './state/library.ts';

/** Results kept on the page (a run is ~0.5 MB; slider moves would otherwise pile them up). */
const KEEP = 16;

/** The map with `key` set last, the oldest entries beyond KEEP dropped, except those still shown. */
function bounded<V>(m: ReadonlyMap<string, V>, key: string, value: V, shown: ReadonlySet<string>): Map<string, V> {
  const next = new Map(m);
  next.delete(key);
  next.set(key, value);
  for (const k of next.keys()) {
    if (next.size <= KEEP) break;
    if (!shown.has(k)) next.delete(k);
  }
  return next;
}

export interface RunState {
  readonly key: string;
  readonly reply: RunReply | null;
  readonly error: string | null;
}

export function useRuns(client: WorkerClient, lib: Library, paths: readonly string[]) {
  const [replies, setReplies] = useState<ReadonlyMap<string, RunReply | { error: string }>>(new Map());
  const pending = useRef(new Set<string>());
  const wanted = paths.map((p) => ({ path: p, key: contentKey(p, lib.user) }));
  const wantedKey = wanted.map((w) => w.key).join('\n');
  const shown = useRef<ReadonlySet<string>>(new Set());
  shown.current = new Set(wanted.map((w) => w.key));
  useEffect(() => {
    for (const w of wanted) {
      if (replies.has(w.key) || pending.current.has(w.key)) continue;
      pending.current.add(w.key);
      client.call({ type: 'run', path: w.path, user: lib.user }).then(
        (reply) => setReplies((m) => bounded(m, w.key, reply, shown.current)),
        (e: unknown) => setReplies((m) => bounded(m, w.key, { error: e instanceof Error ? e.message : String(e) }, shown.current)),
      ).finally(() => pending.current.delete(w.key));
    }
  }, [wantedKey, client]);
  const last = useRef(new Map<string, RunReply>());
  return wanted.map((w): RunState & { stale: boolean } => {
    const r = replies.get(w.key);
    if (r && 'error' in r) return { key: w.key, reply: null, error: r.error, stale: false };
    if (r) {
      last.current.set(w.path, r);
      return { key: w.key, reply: r, error: null, stale: false };
    }
    return { key: w.key, reply: last.current.get(w.path) ?? null, error: null, stale: true };
  });
}

/** Names, ids and hashes of every scenario in the library (resolved in the worker). */
export function useInfos(client: WorkerClient, lib: Library, paths: readonly string[]) {
  const [infos, setInfos] = useState<ReadonlyMap<string, ResolvedReply>>(new Map());
  const keys = paths.map((p) => contentKey(p, lib.user));
  const joined = keys.join('\n');
  const refresh = useCallback(() => {
    paths.forEach((p, i) => {
      const key = keys[i] ?? p;
      if (infos.has(key)) return;
      void client.call({ type: 'resolved', path: p, user: lib.user }).then((r) => setInfos((m) => new Map(m).set(key, r)));
    });
  }, [joined, client]);
  useEffect(refresh, [refresh]);
  return (path: string): ResolvedReply | undefined => infos.get(contentKey(path, lib.user));
}
