/** Bilingual labels of the settlement sheet (SPEC §12): statuses, decisions, program kinds, sign-off. */
import type { TownStatus } from '../../core/result.ts';
import type { Label } from '../model/types.ts';

export const STATUS_LABEL: Readonly<Record<TownStatus, Label>> = {
  inactive: { zh: '未创建', en: 'inactive' },
  active: { zh: '正常', en: 'active' },
  rectify: { zh: '整改', en: 'rectify' },
  removed: { zh: '淘汰', en: 'removed' },
};

/** `整改 rectify`, or "—". */
export function statusText(s: TownStatus | null): string {
  return s === null ? '—' : `${STATUS_LABEL[s].zh} ${STATUS_LABEL[s].en}`;
}

/** The sign-off lines at the end of the sheet (SPEC §12). */
export const SIGN_OFF: readonly Label[] = [
  { zh: '经办人', en: 'Prepared by' },
  { zh: '复核人', en: 'Checked by' },
  { zh: '科室负责人', en: 'Head of division' },
  { zh: '分管局领导', en: 'Bureau leader in charge' },
  { zh: '市发展改革委（会签）', en: 'Development and Reform Commission (countersignature)' },
];

/** The sheet's title. */
export function settlementTitle(year: number, isPublic: boolean): Label {
  return {
    zh: `${year}年度特色小镇弹性奖补资金清算表${isPublic ? '（公开版）' : ''}`,
    en: `Settlement of elastic rewards to characteristic towns, ${year}${isPublic ? ' (public version)' : ''}`,
  };
}
