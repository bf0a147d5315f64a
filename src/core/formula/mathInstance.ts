/**
 * The mathjs instance formulas are parsed and compiled with (SPEC §9). `predictable`
 * makes `sqrt(-1)` and `log(-1)` return NaN instead of complex numbers, so every compiled
 * formula yields a plain number (or a boolean from a comparison) on numeric input.
 * Only trees that passed `checkFormula` are ever compiled with it.
 */
import { all, create } from 'mathjs/number';
import type { FactoryFunctionMap } from 'mathjs/number';

const factories: FactoryFunctionMap = all ?? {};

export const formulaMath = create(factories, { predictable: true, number: 'number' });
