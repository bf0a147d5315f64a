import { splitClasses } from './classes.ts';
import type { ClassSplit } from './classes.ts';
import { resolveFeeBase } from './feeBase.ts';
import { managementFees } from './fees.ts';
import { guaranteeTerms } from './guarantee.ts';
import { takahashiAlexander } from './takahashiAlexander.ts';
import type { LifeFlows } from './takahashiAlexander.ts';
import type { FeeBase, Fund } from './types.ts';
import { waterfall } from './waterfall.ts';
import type { WaterfallFlows } from './waterfall.ts';

/** Everything computed for a fund over its own life `t = 1..L` (calendar year establishedYear + t − 1), unrounded. */
export interface FundLife {
  /** Calendar year of each life year. */
  readonly years: readonly number[];
  readonly flows: LifeFlows;
  readonly feeBase: FeeBase;
  /** Management fee due each year. */
  readonly feesDue: Float64Array;
  readonly waterfall: WaterfallFlows;
  readonly classes: ClassSplit;
}

/**
 * A fund's life (SPEC §5): Takahashi–Alexander flows (`takahashiAlexander.ts`), the management
 * fee on its dated base (`fees.ts`, `feeBase.ts`), the waterfall (`waterfall.ts`: fees, return of
 * capital, hurdle, carry) and the split between the government and the social investors with
 * the concession cap and any forbidden terms (`classes.ts`).
 */
export function fundLife(fund: Fund): FundLife {
  const ta = fund.takahashiAlexander;
  const flows = takahashiAlexander(ta, fund.size);
  const feeBase = resolveFeeBase(fund.fees.management.base, fund.establishedYear);
  const feesDue = managementFees(fund.fees.management, feeBase, fund.size, ta.investmentPeriodYears, flows);
  const wf = waterfall(flows.calls, flows.distributions, feesDue, { hurdle: fund.fees.hurdle, carry: fund.fees.carry });
  const classes = splitClasses(flows.calls, wf.investors, fund.governmentShare, fund.concession, guaranteeTerms(fund));
  const years: number[] = [];
  for (let i = 0; i < ta.lifeYears; i++) years.push(fund.establishedYear + i);
  return { years, flows, feeBase, feesDue, waterfall: wf, classes };
}
