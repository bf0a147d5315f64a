/**
 * Defaults of the annual settlement (SPEC §12), as data: the pay factor of each of the
 * commission's grades, and the header of the settlement sheet. Every one is a scenario
 * parameter (`actuals.gradeFactors`, `actuals.settlement`).
 */
import type { Grade, GradeFactors, SettlementInfo } from '../model/actuals.ts';

/** SPEC §12: 优秀 1.2, 良好 1.0, 基本合格 0.8, 不合格 0 (and 整改). */
export const DEFAULT_GRADE_FACTORS: GradeFactors = { 优秀: 1.2, 良好: 1.0, 基本合格: 0.8, 不合格: 0 };

/** The grade that counts as a failing year for the fail streak (SPEC §12 "不合格 … and 整改; two consecutive 不合格 → 淘汰"). */
export const FAILING_GRADE: Grade = '不合格';

/** Header fields left to fill when the scenario gives none (the sheet shows them blank for signing). */
export const DEFAULT_SETTLEMENT_INFO: SettlementInfo = {
  fund: '特色小镇弹性奖补资金',
  budgetSubject: '',
  budgetDocument: '',
  policy: '',
  evaluationDocument: '',
  version: '初稿',
};
