/**
 * File output for the CLI (SPEC §9): written atomically (temporary file in the same folder,
 * flushed to disk, then renamed over the target), never over an existing file without
 * `--force`. An interrupt (Ctrl-C, SIGTERM) while writing removes the temporary file, so
 * an interrupted export leaves nothing half-written.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from './userError.ts';

const pending = new Set<string>();

function cleanupAndExit(signal: NodeJS.Signals): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

let handlersInstalled = false;
function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.once('SIGINT', cleanupAndExit);
  process.once('SIGTERM', cleanupAndExit);
}

export function writeFileAtomic(path: string, data: string | Uint8Array, force: boolean): void {
  if (existsSync(path) && !force) {
    throw new UserError(`${path}: 文件已存在，如需覆盖请加 --force / file exists; add --force to overwrite it`);
  }
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  installSignalHandlers();
  pending.add(tmp);
  try {
    const fd = openSync(tmp, 'w');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  } finally {
    pending.delete(tmp);
  }
}
