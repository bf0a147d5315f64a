/**
 * Largest remainder over amounts already counted in whole fen (SPEC §1 "Arithmetic", §3
 * "Pool": the queue's pro rata year shares the fen left in the pool): the integer core of
 * `allocateToFen`, without its decimal parsing, for a loop that runs once per path-year.
 *
 * 1. `W = Σ w_i`; exact share `s_i = total · w_i / W`;
 * 2. each weight gets `⌊s_i⌋`; the `total − Σ⌊s_i⌋` fen left go one each to the largest
 *    remainders (Hamilton), ties to the earlier index.
 *
 * Products stay in doubles while they are exact (< 2^53), else BigInt. When every weight
 * is 0 nothing is allocated. Agrees with `allocateToFen` on amounts on the fen grid.
 *
 * @throws RangeError when `total` or a weight is not a whole number of fen ≥ 0.
 */
export function allocateFenInt(total: number, weights: readonly number[]): number[] {
  const whole = (x: number, what: string): void => {
    if (!Number.isSafeInteger(x) || x < 0) throw new RangeError(`allocateFenInt: ${what} must be a whole number of fen ≥ 0, got ${String(x)}`);
  };
  whole(total, 'total');
  let sum = 0;
  let max = 0;
  weights.forEach((w, i) => {
    whole(w, `weight ${i}`);
    sum += w;
    max = Math.max(max, w);
  });
  if (sum === 0 || total === 0) return weights.map(() => 0);
  const exact = Number.isSafeInteger(sum) && total * max <= Number.MAX_SAFE_INTEGER;
  const floors: number[] = [];
  const rems: (number | bigint)[] = []; // (s_i − ⌊s_i⌋)·W, exact
  let left = total;
  if (exact) {
    for (const w of weights) {
      const num = total * w;
      let q = Math.floor(num / sum);
      let r = num - q * sum; // exact: both products are below 2^53
      if (r < 0) { q -= 1; r += sum; } else if (r >= sum) { q += 1; r -= sum; }
      floors.push(q);
      rems.push(r);
      left -= q;
    }
  } else {
    const T = BigInt(total), S = weights.reduce((a, w) => a + BigInt(w), 0n);
    for (const w of weights) {
      const num = T * BigInt(w);
      const q = num / S;
      floors.push(Number(q));
      rems.push(num - q * S);
      left -= Number(q);
    }
  }
  const order = rems.map((r, i) => ({ r, i })).sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (let k = 0; k < left; k++) {
    const i = order[k]!.i;
    floors[i] = floors[i]! + 1;
  }
  return floors;
}
