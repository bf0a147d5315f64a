#!/usr/bin/env node
// `townfisc` / `npx townfisc`: runs the TypeScript CLI through tsx's loader, so a fresh
// clone needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
