/**
 * Zeroed typed arrays carved from shared slabs (SPEC §1 "One engine, run many times"): on a
 * Monte Carlo path every small typed array allocated on its own costs far more than its size
 * (an ArrayBuffer and its backing store each), so the engine's arrays come from slabs of 2^17 elements.
 * Slab memory is handed out once and never reused: an array is its caller's for as long as
 * it is held (a view keeps its slab alive). Arrays of more than 1/8 of a slab are allocated
 * on their own. The debt kernel (`debt/arrays.ts`) and the reward engine both draw from here.
 */
const SLAB = 1 << 17;
let f64Slab = new Float64Array(0), f64At = 0;
let u8Slab = new Uint8Array(0), u8At = 0;

/** `new Float64Array(n)`, from a slab when small. */
export function zeroedF64(n: number): Float64Array {
  if (n > SLAB / 8) return new Float64Array(n);
  if (f64At + n > f64Slab.length) {
    f64Slab = new Float64Array(SLAB);
    f64At = 0;
  }
  // a view made by the constructor (subarray would look up the species constructor each time)
  const view = new Float64Array(f64Slab.buffer, f64At * 8, n);
  f64At += n;
  return view;
}

/** `new Uint8Array(n)`, from a slab when small. */
export function zeroedU8(n: number): Uint8Array {
  if (n > SLAB / 8) return new Uint8Array(n);
  if (u8At + n > u8Slab.length) {
    u8Slab = new Uint8Array(SLAB);
    u8At = 0;
  }
  u8At += n;
  return u8Slab.subarray(u8At - n, u8At);
}

/**
 * Consecutive views of one zeroed buffer: a run's arrays cost one allocation instead of one
 * each (a Monte Carlo path runs the engine once, SPEC §1 "One engine, run many times").
 */
export class Arena<A extends Float64Array | Uint8Array> {
  private at = 0;
  private readonly buf: A;
  constructor(buf: A) {
    this.buf = buf;
  }

  /** The next `n` elements, as a view. */
  take(n: number): A {
    const v = this.buf.subarray(this.at, this.at + n) as A;
    this.at += n;
    return v;
  }
}

