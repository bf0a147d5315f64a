/**
 * CSV/formula injection (SPEC §9): a text cell that begins with `=`, `+`, `-`, `@`, a tab
 * or a carriage return could be run as a formula by a spreadsheet; it is prefixed with a
 * single quote so it reads as text. Numbers are never touched (they stay numbers).
 */
const TRIGGER = /^[=+\-@\t\r]/;

/** `=HYPERLINK("x")` → `'=HYPERLINK("x")`; other text unchanged. */
export function neutraliseText(s: string): string {
  return TRIGGER.test(s) ? `'${s}` : s;
}

/** True when a text would be neutralised. */
export function isFormulaLike(s: string): boolean {
  return TRIGGER.test(s);
}
