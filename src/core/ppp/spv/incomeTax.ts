/**
 * Corporate income tax with a 5-year loss carry-forward (SPEC §4.3; 企业所得税法 第十八条):
 * `tax_t = rate × max(0, income_t − losses of the previous 5 years)`, losses used oldest first.
 */

/** Years a tax loss may be carried forward (企业所得税法 第十八条). */
export const LOSS_CARRY_YEARS = 5;

/**
 * Tax per year on pre-loss taxable income (revenue − opex − depreciation − interest).
 * A loss of year y offsets income of years y+1 … y+carryYears, oldest loss first; what is
 * left after that lapses.
 */
export function corporateIncomeTax(income: Float64Array, rate: number, carryYears: number = LOSS_CARRY_YEARS): Float64Array {
  const n = income.length;
  const tax = new Float64Array(n);
  const losses = new Float64Array(n); // unused loss by year of origin
  for (let t = 0; t < n; t++) {
    const x = income[t] ?? 0;
    if (x <= 0) {
      losses[t] = -x;
      continue;
    }
    let taxable = x;
    for (let y = Math.max(0, t - carryYears); y < t && taxable > 0; y++) {
      const use = Math.min(losses[y] ?? 0, taxable);
      losses[y] = (losses[y] ?? 0) - use;
      taxable -= use;
    }
    tax[t] = rate * taxable;
  }
  return tax;
}
