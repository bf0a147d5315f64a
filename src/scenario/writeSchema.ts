/**
 * Node-only script: regenerates the committed `scenarios/schema.json` from the validator
 * (SPEC §2). Run `npx tsx src/scenario/writeSchema.ts` after changing any scenario schema.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from './jsonSchema.ts';

/** Where the committed schema lives, relative to this file. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../scenarios/schema.json', import.meta.url));

await writeFile(SCHEMA_FILE, scenarioJsonSchemaText(), 'utf8');
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
