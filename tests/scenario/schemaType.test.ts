/**
 * The schema's output is exactly the core's `Scenario` (STYLE habit 5): checked by the
 * type checker (`tsc` fails if they drift), and stated here as a test so it reads as spec.
 * Readonly-ness is compared away: zod outputs mutable objects, the core declares readonly.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { City, District, Scenario, Town } from '../../src/core/model/scenario.ts';
import type { citySchema } from '../../src/scenario/schema/city.ts';
import type { districtSchema } from '../../src/scenario/schema/district.ts';
import type { scenarioSchema } from '../../src/scenario/schema/scenario.ts';
import type { townSchema } from '../../src/scenario/schema/town.ts';

type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** Exact type equality (distinguishes optional, `any`, unions), up to readonly. */
type Equals<A, B> =
  (<T>() => T extends DeepReadonly<A> ? 1 : 2) extends (<T>() => T extends DeepReadonly<B> ? 1 : 2) ? true : false;

const scenarioMatches: Equals<z.output<typeof scenarioSchema>, Scenario> = true;
const cityMatches: Equals<z.output<typeof citySchema>, City> = true;
const districtMatches: Equals<z.output<typeof districtSchema>, District> = true;
const townMatches: Equals<z.output<typeof townSchema>, Town> = true;
// The assertion itself can fail: these differ, and Equals says so.
const optionalDiffers: Equals<{ a?: number }, { a: number | undefined }> = false;
const unionDiffers: Equals<{ a: 'x' | 'y' }, { a: string }> = false;

describe('scenarioSchema output type', () => {
  it('is exactly the core Scenario, section by section (checked by tsc)', () => {
    expect([scenarioMatches, cityMatches, districtMatches, townMatches]).toEqual([true, true, true, true]);
    expect([optionalDiffers, unionDiffers]).toEqual([false, false]);
  });
});
