/**
 * 让利 (SPEC §5 "Concession", 财预〔2015〕210号 第十三条): the government takes back at most its
 * cost plus a capped return; whatever its pro-rata share holds beyond that goes to the social
 * investors.
 */

/**
 * One year's simple-interest accrual on outstanding paid-in capital (SPEC §5: capped and promised
 * returns "accrue as simple interest on outstanding paid-in capital (paid-in − distributions
 * received)"): `rate · max(0, paidIn − distributed)`, on the opening balances of the year.
 */
export function simpleInterestAccrual(rate: number, paidIn: number, distributed: number): number {
  return rate * Math.max(0, paidIn - distributed);
}

/**
 * The government's distribution in a year under a concession:
 * `min(proRata, max(0, paidIn + accruedCap − distributedBefore))`, where `proRata = g · investors_t`,
 * `paidIn` its paid-in to date (this year's call included) and `accruedCap` the capped return
 * accrued to date. The rest of `proRata`, `proRata − take`, goes to the social investors.
 */
export function concessionTake(proRata: number, paidIn: number, accruedCap: number, distributedBefore: number): number {
  return Math.min(proRata, Math.max(0, paidIn + accruedCap - distributedBefore));
}
