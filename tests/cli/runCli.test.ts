/** The CLI as a function (src/cli/runCli.ts): the exit codes of SPEC §10, in-process. */
import { describe, expect, it } from 'vitest';
import { townfiscInProcess } from '../support/cliInProcess.ts';

describe('runCli', () => {
  it('returns the code a command sets (check: 1 on a breach), 0 for --version, 2 for a usage error, and leaves process.exitCode alone', async () => {
    expect((await townfiscInProcess(['check', 'scenarios/guangzhou-ppp-overload.yaml'])).code).toBe(1);
    expect(process.exitCode).toBeUndefined();
    expect((await townfiscInProcess(['--version'])).code).toBe(0);
    expect((await townfiscInProcess(['validate', '--no-such-option'])).code).toBe(2);
    expect((await townfiscInProcess(['check', 'scenarios/guangzhou-baseline.yaml'])).code).toBe(0);
  });

  it('prints warnings without failing', async () => {
    const r = await townfiscInProcess(['validate', 'tests/cli/fixtures/fund-share-mismatch.yaml']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^警告 \/ warning: {2}.*funds\[0\]\.allocationByTown: 80000 — 按小镇分配合计 80000 万元，与返投比例 localShare × 规模 = 70000 万元不一致/);
  });
});
