/**
 * Node-only: reading a user-named file safely (issue #12, SPEC §9). The CLI's file argument,
 * every `extends` and the import workbook accept regular files only, up to a size cap: a
 * device (`/dev/zero`), a FIFO or a directory is refused at once without reading it, and a
 * system pseudo-file that reports size 0 but has content (`/proc/self/environ`) is refused
 * too. The size is taken from the open descriptor and the read is bounded, so a file that
 * grows while read cannot exceed the cap.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';

/**
 * Largest scenario file the CLI reads: 256 MiB. The dashboard caps imports at 2 MB; the CLI
 * must also read national-scale generated scenarios (100,000 towns ≈ 100–200 MB of YAML).
 */
export const MAX_SCENARIO_BYTES = 256 * 1024 * 1024;

/** Largest XLSX workbook `import` reads (a filled town register is tens of kB). */
export const MAX_WORKBOOK_BYTES = 32 * 1024 * 1024;

/** A refused or unreadable file: `zh` and `en` say why and quote no file content. */
export class FileGuardError extends Error {
  readonly zh: string;
  readonly en: string;
  constructor(text: string) {
    const [zh = text, en = text] = text.split(' / ');
    super(en);
    this.zh = zh;
    this.en = en;
  }
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`;

/** The bytes of the regular file at `path`, at most `maxBytes`; throws `FileGuardError` otherwise. */
function refuseKind(st: Stats): never {
  throw new FileGuardError(st.isDirectory() ? '这是一个目录，不是文件 / this is a directory, not a file'
    : '不是普通文件（设备、管道或套接字），只接受普通文件 / not a regular file (a device, pipe or socket); only regular files are read');
}

export function readRegularFile(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    // Look before opening: opening a FIFO for reading would wait for a writer forever.
    const st = statSync(path);
    if (!st.isFile()) refuseKind(st);
    if (st.size > maxBytes) throw new FileGuardError(`文件过大（${mb(st.size)}），上限 ${mb(maxBytes)} / file too large (${mb(st.size)}); the limit is ${mb(maxBytes)}`);
    // Non-blocking, should the path have been swapped for a FIFO since.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    if (e instanceof FileGuardError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileGuardError('文件不存在 / no such file');
    if (code === 'EISDIR') throw new FileGuardError('这是一个目录，不是文件 / this is a directory, not a file');
    throw new FileGuardError(`无法打开（${code ?? 'error'}）/ cannot open (${code ?? 'error'})`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) refuseKind(st);
    if (st.size > maxBytes) {
      throw new FileGuardError(`文件过大（${mb(st.size)}），上限 ${mb(maxBytes)} / file too large (${mb(st.size)}); the limit is ${mb(maxBytes)}`);
    }
    const buf = Buffer.alloc(Math.min(maxBytes + 1, Math.max(st.size, 0) + 1));
    let n = 0;
    for (let r = 1; r > 0 && n < buf.length; n += r) r = readSync(fd, buf, n, buf.length - n, null);
    if (st.size === 0 && n > 0) {
      throw new FileGuardError('系统伪文件（报告大小为 0 却有内容），只接受普通文件 / a system pseudo-file (reports size 0 but has content); only regular files are read');
    }
    if (n > st.size) throw new FileGuardError(`文件在读取时变大，上限 ${mb(maxBytes)} / the file grew while being read; the limit is ${mb(maxBytes)}`);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** A regular UTF-8 text file of at most `maxBytes` (the scenario reader's `ReadText` in Node). */
export async function readRegularText(path: string, maxBytes = MAX_SCENARIO_BYTES): Promise<string> {
  return readRegularFile(path, maxBytes).toString('utf8');
}
