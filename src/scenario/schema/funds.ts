/** Schema of an investment sub-fund (SPEC §5); filled in by issue #5. */
import { z } from 'zod';
import type { Fund } from '../../core/funds/types.ts';
import { slug } from './primitives.ts';

export const fundSchema: z.ZodType<Fund, unknown> = z.strictObject({ id: slug, name: z.string().min(1) });
