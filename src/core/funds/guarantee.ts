import { assertNever } from '../model/expand.ts';
import type { Fund } from './types.ts';

/** The promise a fund's forbidden terms add up to (SPEC §5 "Forbidden terms"). */
export interface GuaranteeTerms {
  /** Promised return accruing as simple interest on the social investors' outstanding paid-in: the highest rate promised (0 for principal protection alone). */
  readonly rate: number;
  /** Year (life index t, 1-based) the promise is settled: the earliest buy-back, else the last year L. */
  readonly settlementT: number;
  /** A buy-back: after settlement the government holds the social investors' interest. */
  readonly buyBack: boolean;
}

/** The combined promise of a fund's guarantees, or null when it has none. */
export function guaranteeTerms(fund: Pick<Fund, 'guarantees' | 'establishedYear' | 'takahashiAlexander'>): GuaranteeTerms | null {
  if (fund.guarantees.length === 0) return null;
  const L = fund.takahashiAlexander.lifeYears;
  let rate = 0;
  let settlementT = L;
  let buyBack = false;
  for (const g of fund.guarantees) {
    switch (g.kind) {
      case 'principal-protection':
        break;
      case 'minimum-return':
        rate = Math.max(rate, g.rate);
        break;
      case 'buy-back': {
        rate = Math.max(rate, g.rate);
        const t = Math.min(L, Math.max(1, g.year - fund.establishedYear + 1));
        if (!buyBack || t < settlementT) settlementT = t;
        buyBack = true;
        break;
      }
      default:
        return assertNever(g);
    }
  }
  return { rate, settlementT, buyBack };
}

/**
 * The guaranteed amount at a year end (SPEC §5 last bullet, §6 `hidden`):
 * `max(0, social paid-in + accrued promised return − distributions received)`.
 */
export function guaranteedAmount(paidIn: number, accruedPromise: number, distributed: number): number {
  return Math.max(0, paidIn + accruedPromise - distributed);
}

