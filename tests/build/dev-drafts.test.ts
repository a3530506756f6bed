import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnv } from '../helpers/build';
import { isDraft, readCollection } from '../helpers/content';
import { ASTRO_BIN } from '../helpers/paths';
import { copyProject } from '../helpers/project-copy';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe('astro dev', () => {
  // A copy, because Astro allows one dev server per project and an editor may be running one.
  const project = copyProject();
  let dev: ChildProcess;
  let base = '';

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    dev = spawn(process.execPath, [ASTRO_BIN, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: project.dir,
      env: cliEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    dev.stdout?.on('data', (chunk) => (output += chunk));
    dev.stderr?.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && dev.exitCode === null) {
      try {
        const response = await fetch(`${base}/`);
        if (response.ok) return;
        output += `\nGET / answered ${response.status}`;
      } catch {
        // Not listening yet: wait and ask again.
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`astro dev did not start (exit code ${dev.exitCode}):\n${output}`);
  });
  afterAll(() => {
    dev?.kill();
    project.remove();
  });

  it('shows drafts to editors, marked as drafts', async () => {
    const draft = readCollection('knowledge').find(isDraft)!;
    const response = await fetch(`${base}/knowledge/${draft.id}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(String(draft.data.title));
    expect(html).toContain('草稿');
  });

  it('serves the CMS at /admin/', async () => {
    const response = await fetch(`${base}/admin/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('noindex');
  });
});
