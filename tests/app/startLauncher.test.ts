/** `npm start -- --port N` says plainly when the port is taken or invalid, without a stack (issue #15). */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { describe, expect, it } from 'vitest';

function start(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['src/tools/start.mjs', ...args], (e, _out, stderr) => resolve({ code: e ? (e as { code?: number }).code ?? 1 : 0, stderr }));
  });
}

describe('the dashboard launcher', () => {
  it('refuses a port in use with a message in Chinese and English naming another port', async () => {
    const server: Server = await new Promise((resolve) => { const s = createServer(); s.listen(0, '127.0.0.1', () => resolve(s)); });
    const port = (server.address() as { port: number }).port;
    try {
      const r = await start(['--port', String(port)]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`端口 ${port} 已被占用`);
      expect(r.stderr).toContain(`npm start -- --port ${port + 1}`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      server.close();
    }
  });
  it('refuses a port that is not a number (exit 2)', async () => {
    const r = await start(['--port=http']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^端口号无效/);
  });
});
