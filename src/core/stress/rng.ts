/**
 * The seeded random streams of a Monte Carlo run (SPEC §8 "Monte Carlo": same scenario +
 * seed → identical output whatever the worker count). Path `i`'s stream depends only on
 * `(seed, i)`: the pair is mixed by SplitMix32-style finalisers into the seed of a
 * xoroshiro128+ generator (pure-rand, the generator fast-check uses), so a worker can start
 * at any path without replaying the ones before it. The core never calls Math.random.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

/** A stream of uniform [0, 1) and standard normal draws. */
export interface Rng {
  /** Uniform on [0, 1), 53 random bits. */
  uniform(): number;
  /** Standard normal (Box–Muller, both values of each pair used in turn). */
  normal(): number;
}

/** 32-bit finaliser of MurmurHash3 / SplitMix32: a bijection that spreads every input bit. */
export function mix32(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** The generator seed of path `path` under the run seed `seed` (both integers ≥ 0). */
export function pathSeed(seed: number, path: number): number {
  const hi = Math.floor(seed / 0x100000000);
  return mix32(mix32(mix32(seed >>> 0) ^ hi) + Math.imul(path + 1, 0x9e3779b9));
}

/** The random stream of path `path` of a run seeded with `seed`. */
export function pathRng(seed: number, path: number): Rng {
  const g = xoroshiro128plus(pathSeed(seed, path));
  let spare = 0;
  let hasSpare = false;
  const uniform = (): number => uniformFloat64(g);
  return {
    uniform,
    normal(): number {
      if (hasSpare) {
        hasSpare = false;
        return spare;
      }
      // 1 − u ∈ (0, 1]: log never sees 0
      const r = Math.sqrt(-2 * Math.log(1 - uniform()));
      const theta = 2 * Math.PI * uniform();
      spare = r * Math.sin(theta);
      hasSpare = true;
      return r * Math.cos(theta);
    },
  };
}
