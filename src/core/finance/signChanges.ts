/**
 * Number of sign changes in a sequence, zeros skipped. By Descartes' rule of signs
 * (Laguerre's extension for real exponents), a cash-flow series in time order has at most
 * this many IRRs in r > −1, and the count minus the number of roots is even (SPEC §10).
 */
export function signChanges(values: ArrayLike<number>): number {
  let changes = 0;
  let last = 0;
  for (let i = 0; i < values.length; i++) {
    const s = Math.sign(values[i] as number);
    if (s === 0) continue;
    if (last !== 0 && s !== last) changes++;
    last = s;
  }
  return changes;
}
