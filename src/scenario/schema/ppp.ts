/** Schema of a PPP project (SPEC §4.1); filled in by issue #4. */
import { z } from 'zod';
import type { PppProject } from '../../core/ppp/types.ts';
import { slug } from './primitives.ts';

export const pppProjectSchema: z.ZodType<PppProject, unknown> = z.strictObject({ id: slug, name: z.string().min(1) });
