/** Schema of the reward policy (SPEC §3); filled in by issue #3. */
import { z } from 'zod';
import type { RewardPolicy } from '../../core/rewards/types.ts';

export const rewardsSchema: z.ZodType<RewardPolicy, unknown> = z.strictObject({ programs: z.array(z.unknown()).default([]) });
