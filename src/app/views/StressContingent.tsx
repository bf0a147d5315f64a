/**
 * PPP contingent liabilities of a stress run (SPEC §8 "Contingent liabilities", PFRAM-style):
 * each project's expected payout and P95 by year, and each paying level's payouts beside its
 * 财承 room — the report's own tables (src/report/model/sections/uncertainty.ts), so the page
 * and the files show the same rounded figures. Years without any payout are left out here.
 */
import { memo } from 'react';
import type { StressResult } from '../../core/stress/index.ts';
import { contingentRoomTable, contingentTable } from '../../report/model/sections/uncertainty.ts';
import { ReportTable } from '../components/ReportTable.tsx';
import type { Lang } from '../i18n.ts';
import { nameOf, type ScenarioMeta } from '../meta.ts';

export const StressContingent = memo(function StressContingent({ result, meta, lang, decimals }: { result: StressResult; meta: ScenarioMeta; lang: Lang; decimals: number }) {
  const zh = lang === 'zh';
  const paying = { ...result, contingent: result.contingent.filter((c) => c.expected > 0 || c.p95 > 0) };
  const room = (result.contingentRoom ?? []).some((r) => r.expected > 0 || r.p95 > 0);
  return (
    <section data-testid="stress-contingent">
      {paying.contingent.length === 0
        ? <p className="muted">{zh ? '本情景的 PPP 项目无保底承诺或回购条款：没有或有负债。' : 'No PPP project of this scenario has a minimum-revenue guarantee or buy-back term: no contingent liabilities.'}</p>
        : <ReportTable table={contingentTable(paying, decimals, (id) => nameOf(meta.ppp, id))} lang={lang} decimals={decimals} />}
      {room && <ReportTable table={contingentRoomTable(result, decimals, (id) => nameOf(meta.districts, id))} lang={lang} decimals={decimals} />}
    </section>
  );
});
