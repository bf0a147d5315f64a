/**
 * Bounded quotes of user values (issue #12, SPEC §2 "Validation"): a message shows at most
 * {@link MAX_QUOTE} characters of a value, so a 3 MB scalar or `/proc/self/environ` never
 * floods stderr or leaks a whole file into an error. Browser-safe.
 */

/** Characters of a value a message quotes at most. */
export const MAX_QUOTE = 200;

/** `s` cut to `max` characters with "…" and the count left out (`… (+2,999,800 chars)`). */
export function clip(s: string, max = MAX_QUOTE): string {
  if (s.length <= max) return s;
  return `${s.slice(0, max - 1)}… (+${(s.length - max + 1).toLocaleString('en-US')} chars)`;
}
