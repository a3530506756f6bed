import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const DECAP_SERVER = fileURLToPath(new URL('../../node_modules/decap-server/dist/index.js', import.meta.url));

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** decap-server in git mode over `repository`, on 127.0.0.1 only, as `npm start` runs it. */
export async function startDecapServer(repository: string): Promise<{ port: number; log: () => string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, [DECAP_SERVER], {
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: repository, PORT: String(port), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 20_000;
  while (!output.includes('listening on') && child.exitCode === null && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!output.includes('listening on')) {
    child.kill();
    throw new Error(`decap-server did not start:\n${output}`);
  }
  return { port, log: () => output, stop: () => child.kill() };
}
