/** The shared limit/finding recorder lives in `core/rules` (one for PPP, funds, debt and compliance): re-exported here. */
export { collector, finiteOrNull, param, record, threshold, townSubject } from '../rules/recorder.ts';
export type { Collector, Evaluation } from '../rules/recorder.ts';
