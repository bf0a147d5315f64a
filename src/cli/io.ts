/**
 * File output for the CLI (SPEC §9): written atomically (temporary file in the same folder,
 * flushed to disk, then published under the target name), never over an existing file
 * without `--force`. An interrupt (Ctrl-C, SIGTERM) while writing removes the temporary file,
 * so an interrupted export leaves nothing half-written.
 *
 * Without `--force` the file is published with `link(2)`, which fails if the name exists:
 * two writers released together cannot both "win" (a check-then-rename could). With
 * `--force` it is `rename(2)` over the old file. Temporary files of a run that was killed
 * (SIGKILL cannot be caught) are removed by the next write to the same target.
 */
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
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

/** True when a process with this id is running (signal 0 probes without sending). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temporary files `.<name>.<pid>.<n>.tmp` of writers of `path` that are no longer running. */
function removeStaleTemps(dir: string, name: string): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  const prefix = `.${name}.`;
  for (const f of entries) {
    if (!f.startsWith(prefix) || !f.endsWith('.tmp')) continue;
    const pid = Number(f.slice(prefix.length).split('.')[0]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !alive(pid)) rmSync(join(dir, f), { force: true });
  }
}

const exists = (path: string): UserError => new UserError(`${path}: 文件已存在，如需覆盖请加 --force / file exists; add --force to overwrite it`);

let counter = 0;

/** Claims `path` for a new file: a hard link where the file system has them, else an exclusive create then a rename. */
function publishNew(tmp: string, path: string): void {
  try {
    linkSync(tmp, path); // atomic, and fails when the name exists
    return;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw exists(path);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw e;
  }
  try {
    closeSync(openSync(path, 'wx')); // no hard links here: claim the name exclusively
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw exists(path);
    throw e;
  }
  renameSync(tmp, path);
}

/** Writes `data` to `path` atomically; without `force` an existing file is kept and a UserError (exit 2) thrown. */
export function writeFileAtomic(path: string, data: string | Uint8Array, force: boolean): void {
  writeChunksAtomic(path, [data], force);
}

/**
 * Writes the pieces of `chunks` to `path` atomically, one piece at a time (a result JSON
 * larger than any one string can be written this way, issue #12); without `force` an
 * existing file is kept and a UserError (exit 2) thrown.
 */
export function writeChunksAtomic(path: string, chunks: Iterable<string | Uint8Array>, force: boolean): void {
  if (!force && existsSync(path)) throw exists(path); // early, before any temporary file; publishNew decides races
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  removeStaleTemps(dir, basename(path));
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  installSignalHandlers();
  pending.add(tmp);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      for (const chunk of chunks) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (force) renameSync(tmp, path);
    else publishNew(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
    pending.delete(tmp);
  }
}

/** Writes the pieces of `chunks` to stdout, waiting whenever the pipe is full, so memory stays bounded. */
export async function writeChunksToStdout(chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  for await (const chunk of chunks) {
    if (!process.stdout.write(chunk)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}
