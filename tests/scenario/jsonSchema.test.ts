import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/scenario/jsonSchema.ts';
import type { JsonSchema } from '../../src/scenario/jsonSchema.ts';

const COMMITTED = 'scenarios/schema.json';
const REGENERATE = 'npx tsx src/scenario/writeSchema.ts';

/** The schema node at a path, following `$ref`s into `$defs` on the way. */
function at(schema: JsonSchema, ...path: string[]): JsonSchema {
  const deref = (node: unknown): JsonSchema => {
    const ref = (node as JsonSchema | undefined)?.$ref;
    return typeof ref === 'string' ? deref((full.$defs as JsonSchema)[ref.replace('#/$defs/', '')]) : (node as JsonSchema);
  };
  let cur = deref(schema);
  for (const p of path) cur = deref(cur[p]);
  return cur;
}

const full = scenarioJsonSchema();

describe('scenario JSON Schema (SPEC §2)', () => {
  it(`the committed ${COMMITTED} is what the validator generates (run \`${REGENERATE}\` after changing a schema)`, () => {
    const committed = readFileSync(COMMITTED, 'utf8');
    expect(committed === scenarioJsonSchemaText(), `${COMMITTED} is out of date: run \`${REGENERATE}\` and commit it`).toBe(true);
  });

  it('describes every top-level section of a standalone file, and no others', () => {
    const full = at(scenarioJsonSchema(), 'else');
    expect(Object.keys(full.properties as JsonSchema).sort()).toEqual(
      ['actuals', 'city', 'description', 'districts', 'funds', 'horizonYears', 'id', 'name', 'ppp', 'rewards', 'rules', 'schemaVersion', 'startYear', 'stochastic', 'towns'],
    );
    expect(full.additionalProperties).toBe(false);
    expect(full.required).toEqual(expect.arrayContaining(['id', 'name', 'startYear', 'horizonYears', 'city', 'districts', 'towns']));
  });

  it('requires exactly what the validator requires: series without defaults are required, defaulted fields are not', () => {
    const district = at(scenarioJsonSchema(), 'else', 'properties', 'districts', 'items');
    // 综合财力 (capacity or capacityParts) and the limit (debtLimit or debtByType) are each
    // required in one of two forms: the validator's cross-field check says which is missing.
    expect(district.required).toEqual(['id', 'name', 'budgetExpenditure']);
  });

  it('lets numbers be written as numbers or decimal strings, whole numbers as integers', () => {
    const schema = scenarioJsonSchema();
    const horizon = at(schema, 'else', 'properties', 'horizonYears');
    expect(horizon.description).toBe('Number of simulated years, 1..60');
    expect([at(horizon, 'anyOf', '0'), at(horizon, 'anyOf', '1')]).toEqual([
      { type: 'integer', minimum: 1, maximum: 60 },
      { type: 'string', pattern: expect.any(String) as string },
    ]);
  });

  it('a file with extends is an override: nothing required, extends allowed, entities removable', () => {
    const schema = scenarioJsonSchema();
    expect(schema.if).toEqual({ required: ['extends'] });
    const override = at(schema, 'then');
    expect(override.required).toBeUndefined();
    expect(override.properties).toHaveProperty('extends');
    const town = at(schema, 'then', 'properties', 'towns', 'items');
    expect(town.required).toBeUndefined();
    expect((town.properties as JsonSchema).remove).toMatchObject({ const: true });
  });
});
