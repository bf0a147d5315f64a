/**
 * "At the line" (SPEC §1): a value that equals a line in decimal arithmetic is judged *at*
 * the line whatever double rounding makes of it. A value within a relative 1e−9 of the
 * line (absolute 1e−9 when the line is 0) counts as exactly on it. Every comparison of a
 * value with a limit, floor or tier edge goes through these functions.
 */

/** Relative tolerance of SPEC §1 (absolute when the line is 0). */
export const AT_LINE_TOLERANCE = 1e-9;

/** True when `value` is on `line` within SPEC §1's tolerance. */
export function isAtLine(value: number, line: number): boolean {
  const scale = line === 0 ? 1 : Math.abs(line);
  return Math.abs(value - line) <= AT_LINE_TOLERANCE * scale;
}

/** −1 below the line, 0 at it (SPEC §1 tolerance), +1 above it. */
export function compareToLine(value: number, line: number): -1 | 0 | 1 {
  if (isAtLine(value, line)) return 0;
  return value < line ? -1 : 1;
}

/** `value > line` with "at the line" not above (Chinese 超过: the line itself is not crossed). */
export function exceeds(value: number, line: number): boolean {
  return compareToLine(value, line) > 0;
}

/** `value < line` with "at the line" not below (Chinese 低于/不满: the line itself is enough). */
export function fallsShort(value: number, line: number): boolean {
  return compareToLine(value, line) < 0;
}

/** `value ≥ line`, at the line included (a tier edge: reaching it enters the upper tier). */
export function reaches(value: number, line: number): boolean {
  return compareToLine(value, line) >= 0;
}

/** A headroom figure: 0 when the value it derives from is at the line (no −1e−16 residue). */
export function snapHeadroom(headroom: number, value: number, line: number): number {
  return isAtLine(value, line) ? 0 : headroom;
}
