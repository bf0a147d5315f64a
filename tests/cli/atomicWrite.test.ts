/** Atomic output (SPEC §9, issue #12): no-`--force` writes cannot be raced; stale temporary files are removed. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/io.ts';
import { UserError } from '../../src/cli/userError.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'townfisc-atomic-'));
const IO = resolve('src/cli/io.ts');

/** A writer process: signals ready, waits for the go file, writes without --force, prints wrote or exists. */
const writer = (d: string, name: string) => `
import { existsSync, writeFileSync } from 'node:fs';
import { writeFileAtomic } from ${JSON.stringify(IO)};
writeFileSync(${JSON.stringify(join(d, `ready-${name}`))}, '');
while (!existsSync(${JSON.stringify(join(d, 'go'))})) {}
try {
  writeFileAtomic(${JSON.stringify(join(d, 'out.txt'))}, ${JSON.stringify(`${name}\n`)}.repeat(200_000), false);
  console.log('wrote');
} catch (e) {
  console.log(e.constructor.name === 'UserError' ? 'exists' : 'error ' + e.message);
}
`;

function run(script: string): Promise<string> {
  return new Promise((res) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.on('error', (e) => res(`spawn failed: ${e.message}`));
    child.on('exit', () => res(out.trim()));
  });
}

describe('writeFileAtomic', () => {
  it('two writers released together without --force: exactly one writes, the other is told the file exists', async () => {
    const d = dir();
    const results = Promise.all([run(writer(d, 'a')), run(writer(d, 'b'))]);
    while (!(existsSync(join(d, 'ready-a')) && existsSync(join(d, 'ready-b')))) await new Promise((r) => setTimeout(r, 20));
    writeFileSync(join(d, 'go'), '');
    const outcomes = (await results).sort();
    expect(outcomes).toEqual(['exists', 'wrote']);
    const text = readFileSync(join(d, 'out.txt'), 'utf8');
    expect(text === 'a\n'.repeat(200_000) || text === 'b\n'.repeat(200_000)).toBe(true); // one writer's complete file
    expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('keeps an existing file without force and replaces it with force', () => {
    const d = dir();
    const out = join(d, 'r.txt');
    writeFileSync(out, 'old');
    expect(() => writeFileAtomic(out, 'new', false)).toThrow(UserError);
    expect(readFileSync(out, 'utf8')).toBe('old');
    writeFileAtomic(out, 'new', true);
    expect(readFileSync(out, 'utf8')).toBe('new');
    expect(readdirSync(d)).toEqual(['r.txt']);
  });

  it('removes the temporary file of a killed writer of the same target, and keeps a running writer\'s', () => {
    const d = dir();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!; // exited: its temporary file is stale
    const live = spawn('sleep', ['30']);
    try {
      writeFileSync(join(d, `.r.txt.${dead}.0.tmp`), 'half');
      writeFileSync(join(d, `.r.txt.${live.pid}.0.tmp`), 'in progress');
      writeFileSync(join(d, `.other.txt.${dead}.0.tmp`), 'not ours');
      writeFileAtomic(join(d, 'r.txt'), 'done', false);
      expect(readdirSync(d).sort()).toEqual([`.other.txt.${dead}.0.tmp`, `.r.txt.${live.pid}.0.tmp`, 'r.txt']);
    } finally {
      live.kill();
    }
  });
});
