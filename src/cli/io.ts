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

/** Writes `data` to `path` atomically; refuses an existing file without `force` (UserError, exit 2). */
export function writeFileAtomic(path: string, data: string | Uint8Array, force: boolean): void {
  writeChunksAtomic(path, [data], force);
}

/**
 * Writes the pieces of `chunks` to `path` atomically, one piece at a time (a result JSON
 * larger than any one string can be written this way, issue #12); refuses an existing
 * file without `force`.
 */
export function writeChunksAtomic(path: string, chunks: Iterable<string | Uint8Array>, force: boolean): void {
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
      for (const chunk of chunks) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
      }
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

/** Writes the pieces of `chunks` to stdout, waiting whenever the pipe is full, so memory stays bounded. */
export async function writeChunksToStdout(chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  for await (const chunk of chunks) {
    if (!process.stdout.write(chunk)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}
