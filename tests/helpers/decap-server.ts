import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const CMS_SERVER = fileURLToPath(new URL('../../src/cms-server/main.ts', import.meta.url));

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * The site's local CMS server (src/cms-server, what `npm run cms` runs) over `repository`, on
 * 127.0.0.1 only, accepting calls from `siteOrigins` (the test's site server).
 */
export async function startDecapServer(
  repository: string,
  {
    siteOrigins = ['http://127.0.0.1:4321'],
    args = [],
  }: { siteOrigins?: readonly string[]; args?: readonly string[] } = {},
): Promise<{ port: number; log: () => string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [TSX, CMS_SERVER, ...siteOrigins.flatMap((origin) => ['--site-origin', origin]), ...args],
    {
      cwd: ROOT,
      env: { ...process.env, GIT_REPO_DIRECTORY: repository, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 30_000;
  while (!output.includes('listening on') && child.exitCode === null && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!output.includes('listening on')) {
    child.kill();
    throw new Error(`the CMS server did not start:\n${output}`);
  }
  return { port, log: () => output, stop: () => child.kill() };
}
