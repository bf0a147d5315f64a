#!/usr/bin/env node
/**
 * `npm start [-- --port N]`: builds the dashboard and serves it on 127.0.0.1 (default port
 * 4173). A port already in use is said plainly, in Chinese and English, with the fix —
 * not as a stack trace.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const HOST = '127.0.0.1';

/** The port asked for (`--port N`, `--port=N`, or PORT), default 4173; null when not a port number. */
function portOf(argv, env) {
  let raw = env.PORT ?? '4173';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port' && argv[i + 1] !== undefined) raw = argv[++i];
    else if (a.startsWith('--port=')) raw = a.slice('--port='.length);
  }
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : null;
}

/** True when nothing listens on HOST:port. */
function free(port) {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.once('listening', () => s.close(() => resolve(true)));
    s.listen(port, HOST);
  });
}

function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', ...args], { stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const port = portOf(process.argv.slice(2), process.env);
if (port === null) {
  console.error('端口号无效：请给出 1–65535 之间的整数，例如 npm start -- --port 8080\nInvalid port: give a whole number from 1 to 65535, e.g. npm start -- --port 8080');
  process.exit(2);
}
if (!(await free(port))) {
  console.error(`端口 ${port} 已被占用（可能是另一个 townfisc 或其他程序）。请换一个端口：npm start -- --port ${port + 1}\nPort ${port} is already in use (another townfisc or another program). Use another port: npm start -- --port ${port + 1}`);
  process.exit(1);
}
const built = await run(['build']);
if (built !== 0) process.exit(built);
process.exit(await run(['preview', '--host', HOST, '--port', String(port), '--strictPort']));
