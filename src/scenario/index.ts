/**
 * The scenario edge (SPEC §2), browser-safe: parse, extend, validate, hash and describe
 * scenario files. Node callers load from disk with `loadScenarioFile` in `./loadFile.ts`.
 */
export { scenarioSchema } from './schema/scenario.ts';
export type { ScenarioInput } from './schema/scenario.ts';
export { validateScenario } from './validate.ts';
export type { Validated } from './validate.ts';
export { parseScenarioText } from './parseText.ts';
export type { Parsed } from './parseText.ts';
export { resolveScenario, readTextFrom, EXTENDS_KEY } from './resolve.ts';
export type { ReadText, Resolved } from './resolve.ts';
export { mergeScenario, REMOVE_KEY } from './merge.ts';
export { canonicalJson, scenarioHash } from './hash.ts';
export { formatIssue, formatPath } from './issues.ts';
export type { ScenarioIssue } from './issues.ts';
export { scenarioJsonSchema, scenarioJsonSchemaText } from './jsonSchema.ts';
export type { JsonSchema } from './jsonSchema.ts';
