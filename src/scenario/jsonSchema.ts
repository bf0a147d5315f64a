/**
 * The JSON Schema of scenario files (SPEC §2 "the repository ships a JSON Schema …
 * generated from the same source as the validator"), for editor completion and checks.
 * It is the input side of `scenarioSchema` (what users type: numbers may be decimal
 * strings, defaulted fields are optional). A file with `extends` is an override: there
 * every field is optional and entities may be `{ id, remove: true }`. Browser-safe.
 */
import { z } from 'zod';
import { DECIMAL_PATTERN, isDecimalSchema } from './schema/primitives.ts';
import { scenarioSchema } from './schema/scenario.ts';
import { REMOVE_KEY } from './merge.ts';
import { EXTENDS_KEY } from './resolve.ts';

/** A JSON Schema node as plain JSON. */
export type JsonSchema = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | JsonSchema;

const PARTIAL = 'partial.';

function isObject(v: unknown): v is JsonSchema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type OverrideCtx = { zodSchema: z.core.$ZodType; jsonSchema: z.core.JSONSchema.BaseSchema };

/** Adjusts zod's JSON Schema where it would mislead an editor. */
function adjust(ctx: OverrideCtx): void {
  requiredByParse(ctx);
  widenDecimals(ctx);
}

/**
 * An object's `required` keys are exactly those the validator refuses when absent. zod
 * infers this statically and counts a series (a union whose number option reads decimal
 * strings) as optional; asking the field itself is exact.
 */
function requiredByParse(ctx: OverrideCtx): void {
  const def = ctx.zodSchema._zod.def;
  if (def.type !== 'object') return;
  const shape = (def as z.core.$ZodObjectDef).shape;
  const required = Object.keys(shape).filter((k) => !z.safeParse(shape[k] as z.core.$ZodType, undefined).success);
  const j = ctx.jsonSchema as Record<string, unknown>;
  if (required.length > 0) j.required = required;
  else delete j.required;
}

/** Keywords that describe a value rather than constrain it: they stay outside `anyOf`. */
const ANNOTATIONS = new Set(['description', 'default', 'title', 'examples', 'deprecated', 'readOnly']);

/** Numbers read as "a number or a decimal string"; whole numbers as JSON Schema integers. */
function widenDecimals(ctx: OverrideCtx): void {
  const j = ctx.jsonSchema as Record<string, unknown>;
  if (j.type === 'number' && j.multipleOf === 1) {
    delete j.multipleOf;
    j.type = 'integer';
  }
  if (!isDecimalSchema(ctx.zodSchema)) return;
  const number: Record<string, unknown> = {};
  const annotations: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(j)) (ANNOTATIONS.has(k) ? annotations : number)[k] = v;
  for (const k of Object.keys(j)) delete j[k];
  Object.assign(j, annotations, { anyOf: [number, { type: 'string', pattern: DECIMAL_PATTERN.source }] });
}

/** Deep copy with `_prefault` (zod's input-side default marker) shown as `default`. */
function tidy(v: JsonValue): JsonValue {
  if (Array.isArray(v)) return v.map(tidy);
  if (!isObject(v)) return v;
  const out: JsonSchema = {};
  for (const [k, x] of Object.entries(v)) out[k === '_prefault' ? 'default' : k] = tidy(x);
  return out;
}

const DEFS = '#/$defs/';

/**
 * zod names shared definitions `__schema0`, `__schema1`, …; editors show these names, so
 * each is renamed after the first property that uses it (`series`, `towns`, `tenorYears`).
 */
function nameDefs(root: JsonSchema, defs: JsonSchema): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  const visit = (v: JsonValue, hint: string): void => {
    if (Array.isArray(v)) return v.forEach((x) => visit(x, hint));
    if (!isObject(v)) return;
    const ref = v.$ref;
    if (typeof ref === 'string' && ref.startsWith(DEFS) && !names.has(ref.slice(DEFS.length))) {
      let name = hint;
      for (let n = 2; taken.has(name); n++) name = `${hint}-${n}`;
      names.set(ref.slice(DEFS.length), name);
      taken.add(name);
      visit(defs[ref.slice(DEFS.length)] ?? null, hint);
    }
    for (const [k, x] of Object.entries(v)) {
      if (k === 'properties' && isObject(x)) for (const [p, y] of Object.entries(x)) visit(y, p);
      else if (k === 'items') visit(x, `${hint}Item`);
      else if (k === 'additionalProperties') visit(x, `${hint}Value`);
      else visit(x, hint);
    }
  };
  visit(root, 'scenario');
  for (const k of Object.keys(defs)) if (!names.has(k)) names.set(k, k);
  return names;
}

/** Deep copy with every `#/$defs/x` reference renamed (and prefixed, for the override form). */
function renameRefs(v: JsonValue, names: ReadonlyMap<string, string>, prefix = ''): JsonValue {
  if (Array.isArray(v)) return v.map((x) => renameRefs(x, names, prefix));
  if (!isObject(v)) return v;
  const out: JsonSchema = {};
  for (const [k, x] of Object.entries(v)) {
    out[k] = k === '$ref' && typeof x === 'string' && x.startsWith(DEFS)
      ? `${DEFS}${prefix}${names.get(x.slice(DEFS.length)) ?? x.slice(DEFS.length)}`
      : renameRefs(x, names, prefix);
  }
  return out;
}

/** The override form of a schema node: nothing required, entities removable (not the root itself). */
function partial(v: JsonValue, root = false): JsonValue {
  if (Array.isArray(v)) return v.map((x) => partial(x));
  if (!isObject(v)) return v;
  const out: JsonSchema = {};
  for (const [k, x] of Object.entries(v)) if (k !== 'required') out[k] = partial(x);
  const props = out.properties;
  if (!root && isObject(props) && props.id !== undefined) {
    out.properties = { ...props, [REMOVE_KEY]: { const: true, description: 'Remove the inherited entity with this id (only id and remove may be given).' } };
  }
  return out;
}

/**
 * The scenario JSON Schema (draft 2020-12): the full format for a standalone file, and the
 * override format (all optional, `remove` markers) for a file that has `extends`.
 */
export function scenarioJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any', reused: 'ref', override: adjust });
  const { $schema, $defs, ...body } = tidy(generated as JsonValue) as JsonSchema;
  const rawDefs = isObject($defs) ? $defs : {};
  const names = nameDefs(body, rawDefs);
  const full = renameRefs(body, names) as JsonSchema;
  const defs = Object.fromEntries(Object.entries(rawDefs).map(([k, d]) => [names.get(k) ?? k, renameRefs(d, names)]));
  const partialDefs = Object.fromEntries(Object.entries(rawDefs).map(([k, d]) => [`${PARTIAL}${names.get(k) ?? k}`, partial(renameRefs(d, names, PARTIAL))]));
  const override = partial(renameRefs(body, names, PARTIAL), true) as JsonSchema;
  const overrideProps = isObject(override.properties) ? override.properties : {};
  return {
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    title: 'townfisc scenario',
    description: 'A townfisc scenario (SPEC §2). Money in 万元, rates as decimals. Generated from the validator: do not edit by hand.',
    if: { required: [EXTENDS_KEY] },
    then: {
      ...override,
      properties: { [EXTENDS_KEY]: { type: 'string', description: 'Path of the scenario this file overrides, relative to this file.' }, ...overrideProps },
    },
    else: full,
    $defs: { ...defs, ...partialDefs },
  };
}

/** The schema as the committed `scenarios/schema.json` text: 2-space JSON with a final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
