/**
 * The dashboard's Monte Carlo run (SPEC §8, issue #14), held by the shell so its result
 * outlives the stress view (the risk view shows its breach probabilities too). The run's
 * code — block workers, pool, reduction — loads on the first Run. One run at a time: a new
 * run cancels the one in progress; Cancel terminates the workers and leaves the last result.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScenarioIssue } from '../../scenario/issues.ts';
import type { WorkerClient } from '../worker/client.ts';
import type { StressOutcome, StressRunHandle, StressRunRequest } from './runInBrowser.ts';

export type StressPhase = 'idle' | 'preparing' | 'running' | 'done' | 'cancelled' | 'invalid' | 'error';

/** A finished run: the result, its inputs, the scenario's content key, the wall time from Run to result. */
export type StressDone = Extract<StressOutcome, { kind: 'done' }> & { readonly path: string; readonly key: string; readonly ms: number };

export interface StressState {
  readonly phase: StressPhase;
  readonly done: number;
  readonly total: number;
  /** Block workers alive (0 once finished or cancelled). */
  readonly live: number;
  readonly issues: readonly ScenarioIssue[];
  readonly error: string | null;
  /** The last finished run (kept through a cancel). */
  readonly last: StressDone | null;
}

/** Least time between two progress updates on screen. */
const PROGRESS_MS = 100;

const IDLE: StressState = { phase: 'idle', done: 0, total: 0, live: 0, issues: [], error: null, last: null };

export function useStress(client: WorkerClient) {
  const [state, setState] = useState<StressState>(IDLE);
  const handle = useRef<StressRunHandle | null>(null);
  // bumped by every Run and Cancel: a run whose code is still loading starts only if it is still the current one
  const token = useRef(0);
  const busy = useRef(false);
  const cancel = useCallback(() => {
    token.current++;
    const h = handle.current;
    handle.current = null;
    h?.cancel();
    if (!busy.current) return;
    busy.current = false;
    setState((s) => ({ ...s, phase: 'cancelled', live: 0 }));
  }, []);
  const run = useCallback((req: StressRunRequest, key: string) => {
    cancel();
    const mine = ++token.current;
    busy.current = true;
    const t0 = performance.now();
    performance.clearMarks('townfisc:stress-run');
    performance.mark('townfisc:stress-run');
    setState((s) => ({ ...s, phase: 'preparing', done: 0, total: req.paths, live: 0, issues: [], error: null }));
    void import('./runInBrowser.ts').then(({ startStressRun }) => {
      if (token.current !== mine) return;
      // progress is drawn at most every PROGRESS_MS: each message would otherwise re-render the shell
      let timer: ReturnType<typeof setTimeout> | null = null;
      let latest = 0;
      const flush = () => {
        timer = null;
        if (handle.current === h) setState((s) => ({ ...s, phase: 'running', done: latest, total: req.paths, live: h.live() }));
      };
      const h = startStressRun(client, req, (done) => {
        latest = done;
        timer ??= setTimeout(flush, PROGRESS_MS);
      });
      handle.current = h;
      setState((s) => ({ ...s, phase: 'running' }));
      h.done.then((o) => {
        if (handle.current !== h) return;
        handle.current = null;
        busy.current = false;
        if (timer !== null) clearTimeout(timer);
        performance.clearMarks('townfisc:stress-done');
        performance.mark('townfisc:stress-done');
        if (o.kind === 'done') setState((s) => ({ ...s, phase: 'done', done: o.result.paths, live: 0, last: { ...o, path: req.path, key, ms: performance.now() - t0 } }));
        else if (o.kind === 'invalid') setState((s) => ({ ...s, phase: 'invalid', live: 0, issues: o.issues }));
        else setState((s) => ({ ...s, phase: 'cancelled', live: 0 }));
      }, (e: unknown) => {
        if (handle.current !== h) return;
        handle.current = null;
        busy.current = false;
        h.cancel();
        setState((s) => ({ ...s, phase: 'error', live: 0, error: e instanceof Error ? e.message : String(e) }));
      });
    });
  }, [client, cancel]);
  // leaving the page stops the workers
  useEffect(() => () => handle.current?.cancel(), []);
  return { state, run, cancel };
}
