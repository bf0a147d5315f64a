/**
 * Defaults of the debt inputs SPEC §6 leaves to the scenario (each overridable per
 * district; `docs/decisions.md` "Debt by type" records their confidence).
 */
import type { ConversionRates } from '../model/scenario.ts';

/**
 * Conversion rates of the composite ratio 综合债务率 (SPEC §6, 发改规划〔2017〕2084号): the
 * shares of guaranteed debt (19.13%) and of other contingent debt (14.64%) that governments
 * had to repay, per the 2013 national audit (审计署2013年第32号公告).
 */
export const DEFAULT_CONVERSION_RATES: ConversionRates = { guaranteed: 0.1913, platform: 0.1464 };

/**
 * Interest rate of hidden debt (城投 financing cost) for the interest a swap saves: 4.5%, a
 * practice estimate (2023 Guangdong LGFV bonds and loans ran about 3.5–6%), not official.
 */
export const DEFAULT_HIDDEN_DEBT_RATE = 0.045;
