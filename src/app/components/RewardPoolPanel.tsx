/**
 * The reward pool's execution (SPEC §3 "Pool execution"): claims due and paid against the
 * pool per year, with a sentence saying whether the pool bound. Shown on the overview and
 * in the editor under the levers, so raising the pool with no effect has a visible reason.
 */
import type { RunResult } from '../../core/result.ts';
import { rewardPoolChart, rewardPoolNote } from '../../charts/rewardPool.ts';
import { t, type Lang } from '../i18n.ts';
import { ChartView } from './ChartView.tsx';

export function RewardPoolPanel({ result, lang }: { result: RunResult; lang: Lang }) {
  return (
    <div className="reward-pool" data-testid="reward-pool">
      <ChartView data={rewardPoolChart(result, lang)} title={t(lang, 'chartRewardPool')} lang={lang} fileName={`${result.scenario.id}-reward-pool`} />
      <p className="muted" role="note">{rewardPoolNote(result, lang)}</p>
    </div>
  );
}
