/**
 * The import size limit, checked on the page before a file is read (so a 50 MB file is
 * refused at once, without reading it) and again in the worker.
 */
import type { ScenarioIssue } from '../../scenario/issues.ts';

/** Largest scenario file accepted for import (a real scenario is ~30 kB; 2 MB leaves room). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** The issue of a file over the limit, or null. */
export function sizeIssue(fileName: string, bytes: number): ScenarioIssue | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return {
    path: '', value: undefined, file: fileName,
    zh: `文件过大（${mb(bytes)} MB），上限 ${mb(MAX_IMPORT_BYTES)} MB：情景文件通常只有几十 KB，请检查是否选错了文件`,
    en: `file too large (${mb(bytes)} MB); the limit is ${mb(MAX_IMPORT_BYTES)} MB — scenario files are a few tens of kB, check the file chosen`,
  };
}
