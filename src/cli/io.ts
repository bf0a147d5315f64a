/**
 * File output for the CLI (SPEC §9): written atomically (temporary file in the same folder,
 * then rename), never over an existing file without `--force`.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from './userError.ts';

export function writeFileAtomic(path: string, data: string | Uint8Array, force: boolean): void {
  if (existsSync(path) && !force) {
    throw new UserError(`${path}: 文件已存在，如需覆盖请加 --force / file exists; add --force to overwrite it`);
  }
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
