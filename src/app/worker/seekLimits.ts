/** Paths per value of a probabilistic goal seek, at most: each bisection step runs them in the computation worker (SPEC §8). */
export const MAX_SEEK_PATHS = 2_000;
