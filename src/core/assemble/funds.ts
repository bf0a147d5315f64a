import type { FundResult } from '../result.ts';
import type { FundRun } from '../funds/index.ts';

/**
 * A fund's entry in the result JSON: the SPEC §10 `FundResult` fields, plus its name, fees,
 * carry and the guaranteed amount (hidden debt) that reports show. The full-life ledger
 * stays out of the JSON.
 */
export function fundOutput(f: FundRun): FundResult & Pick<FundRun, 'name' | 'establishedYear' | 'managementFees' | 'carry' | 'guaranteed'> {
  return {
    id: f.id,
    name: f.name,
    establishedYear: f.establishedYear,
    size: f.size,
    governmentCommitment: f.governmentCommitment,
    leverage: f.leverage,
    investmentMultiple: f.investmentMultiple,
    returnInvestmentRatio: f.returnInvestmentRatio,
    calls: f.calls,
    distributions: f.distributions,
    nav: f.nav,
    managementFees: f.managementFees,
    carry: f.carry,
    guaranteed: f.guaranteed,
    government: f.government,
    social: f.social,
  };
}
