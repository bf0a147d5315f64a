/**
 * "Did you mean …?" for misspelt keys and ids (SPEC §2 "plain message"): the closest known
 * word by edit distance, when it is close enough to be a likely typo.
 */

/**
 * Edit distance with adjacent transpositions (optimal string alignment): insertions,
 * deletions, substitutions and swaps of two neighbours each cost 1, so `alpah` is one
 * typo away from `alpha`.
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, sub);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      cur[j] = d;
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * The known word closest to `word` (case-insensitive), or null when none is within
 * max(1, ⌊length/3⌋) edits: `horizonYear` → `horizonYears`, `xyz` → null.
 */
export function suggest(word: string, known: Iterable<string>): string | null {
  if (word.length > 200) return null; // no key or id is that long: not a typo (and a 1 MB key costs nothing)
  const w = word.toLowerCase();
  const budget = Math.max(1, Math.floor(word.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    if (Math.abs(w.length - k.length) > budget) continue; // the length difference alone exceeds the budget
    const d = editDistance(w, k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return bestDistance <= budget ? best : null;
}
