/** Messages between the page and the computation worker (structured-clone plain data). */
import type { NullableSeries, RunResult, Series } from '../../core/result.ts';
import type { Settlement } from '../../core/actuals/settlement/types.ts';
import type { ScenarioIssue } from '../../scenario/issues.ts';
import type { ScenarioMeta } from '../meta.ts';
import type { UserEntry } from '../state/library.ts';
import type { LeverState } from '../state/levers.ts';
import type { Scenario } from '../../core/model/scenario.ts';
import type { BrowserReportFormat } from '../io/reportFormats.ts';
import type { StressInputsReply, StressRequest, SensitivityReply, GoalSeekReply } from './stressProtocol.ts';

export type Request =
  | { readonly type: 'run'; readonly path: string; readonly user: readonly UserEntry[] }
  | { readonly type: 'check'; readonly fileName: string; readonly text: string; readonly user: readonly UserEntry[] }
  | { readonly type: 'resolved'; readonly path: string; readonly user: readonly UserEntry[] }
  | { readonly type: 'file'; readonly path: string; readonly user: readonly UserEntry[] }
  | { readonly type: 'reportInputs'; readonly paths: readonly string[]; readonly user: readonly UserEntry[] }
  | { readonly type: 'settle'; readonly path: string; readonly user: readonly UserEntry[]; readonly year: number | null }
  | { readonly type: 'report'; readonly paths: readonly string[]; readonly user: readonly UserEntry[]; readonly format: BrowserReportFormat; readonly lang: 'zh' | 'en'; readonly generatedAt: string }
  | StressRequest;

/** A report file built in the worker (issue #15: report building off the main thread). */
export type ReportFileReply = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

export type RunReply =
  | {
      readonly ok: true;
      readonly result: RunResult;
      readonly meta: ScenarioMeta;
      /** Editor levers of a variant over its parent (empty for other scenarios). */
      readonly levers: readonly LeverState[];
      /** Milliseconds spent resolving+validating and simulating in the worker. */
      readonly timing: { readonly resolveMs: number; readonly simulateMs: number };
      /** A variant's resolved document (raw, merged: what the editor's entity forms read). */
      readonly doc?: Readonly<Record<string, unknown>>;
    }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[]; readonly levers: readonly LeverState[]; readonly doc?: Readonly<Record<string, unknown>> };

export type CheckReply =
  | { readonly ok: true; readonly id: string; readonly name: string }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

export type ResolvedReply = { readonly ok: true; readonly doc: Readonly<Record<string, unknown>>; readonly hash: string } | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/** A scenario as a file: the text of a bundled or imported file; for a variant, its override document with `extends`. */
export type FileReply = { readonly ok: true; readonly kind: 'text'; readonly text: string } | { readonly ok: true; readonly kind: 'doc'; readonly doc: Readonly<Record<string, unknown>> } | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/** What the report builders need (src/report `ReportRun`): each run with its validated scenario. */
export type ReportReply = { readonly ok: true; readonly runs: readonly { readonly result: RunResult; readonly scenario: Scenario }[] } | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/** The settlement of a year (SPEC §12) and, per town, the plan: the same scenario run without its actuals. */
export type SettleReply =
  | {
      readonly ok: true;
      readonly settlement: Settlement;
      /** Years with town actuals (the years a settlement can be drawn for). */
      readonly actualYears: readonly number[];
      readonly plan: readonly { readonly id: string; readonly achievement: NullableSeries; readonly paid: Series }[];
    }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

export type ReplyOf<R extends Request> = R extends { type: 'report' } ? ReportFileReply : R extends { type: 'stressInputs' } ? StressInputsReply : R extends { type: 'sensitivity' } ? SensitivityReply : R extends { type: 'goalSeek' } ? GoalSeekReply : R extends { type: 'run' } ? RunReply : R extends { type: 'check' } ? CheckReply : R extends { type: 'file' } ? FileReply : R extends { type: 'reportInputs' } ? ReportReply : R extends { type: 'settle' } ? SettleReply : ResolvedReply;

export interface Envelope {
  readonly id: number;
  readonly request: Request;
}

export interface ReplyEnvelope {
  readonly id: number;
  readonly reply?: RunReply | CheckReply | ResolvedReply | FileReply | ReportReply | SettleReply | ReportFileReply | StressInputsReply | SensitivityReply | GoalSeekReply;
  readonly error?: string;
}
