#!/usr/bin/env node
// `townfisc` / `npx townfisc`: runs the CLI bundle that `npm ci` builds into dist/cli
// (src/tools/build-cli.mjs, via `prepare`) while it matches the sources; otherwise (no
// build yet, or a source edited since) the TypeScript sources through tsx's loader, so a
// fresh clone and an edited checkout both work. `--debug` maps bundle stack traces back
// to the sources.
import { readFileSync, statSync } from 'node:fs';
import { isFreshBuild } from './freshBuild.js';

const built = new URL('../../dist/cli/', import.meta.url);

function readInputs() {
  try {
    return readFileSync(new URL('inputs.json', built), 'utf8');
  } catch {
    return null;
  }
}

const inputs = readInputs();
if (inputs !== null && isFreshBuild(inputs, (p) => statSync(p))) {
  if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
  await import(new URL('main.js', built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
}
