/**
 * Output-ledger rounding (SPEC §1 "Arithmetic"): amounts paid are rounded to the fen with
 * decimal.js, ROUND_HALF_UP, and pools split into payments add up to the pool exactly.
 * Simulation itself stays in IEEE doubles; these helpers belong at the output boundary.
 */
export { roundFen } from './roundFen.ts';
export { allocateToFen } from './allocateToFen.ts';
export { allocateFenInt } from './allocateFenInt.ts';
export { sumFen } from './sumFen.ts';
export { toFenInt, fromFenInt } from './fenInt.ts';
export { FEN_PER_WAN } from './decimal.ts';
