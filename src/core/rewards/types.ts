/** Reward policy of SPEC §3 (being built in issue #3). */
export interface RewardPolicy {
  readonly programs: readonly unknown[];
}
