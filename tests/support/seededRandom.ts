/**
 * A seeded uniform stream for tests and benchmarks: xoroshiro128+ from pure-rand (the
 * generator fast-check and the Monte Carlo engine use, src/core/stress/rng.ts), 53-bit
 * uniform doubles in [0, 1). Same seed → same stream, on every machine.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

/** Uniform draws in [0, 1) from the stream seeded with `seed` (an integer). */
export function seededUniform(seed: number): () => number {
  const g = xoroshiro128plus(seed);
  return () => uniformFloat64(g);
}
