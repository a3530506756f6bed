import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './decap-server';
import { DIST, ROOT } from './paths';

/** Debian's nginx, or NGINX_PATH. */
export const NGINX = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].find((path): path is string =>
  Boolean(path && existsSync(path)),
);

/**
 * A real nginx on 127.0.0.1 serving dist/ with the shipped server block (deploy/nginx/wenming.conf);
 * only its port and root (dist/ of this checkout unless given) are changed.
 */
export async function startNginx(root: string = DIST): Promise<{ url: string; stop: () => void }> {
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const port = await freePort();
  const server = readFileSync(join(ROOT, 'deploy/nginx/wenming.conf'), 'utf8')
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('root /var/www/wenming/dist;', `root ${root};`);
  const temp = (name: string) => `${name}_temp_path ${join(prefix, name)};`;
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'logs/error.log')} warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 512; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  # nginx closes a keep-alive connection after 1,000 requests by default; the load test's 20
  # connections make far more than that, and a close racing a request is a client-side error.
  keepalive_requests 1000000;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  ${server}
}
`,
  );
  const test = spawnSync(NGINX!, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejects the shipped config:\n${test.stderr}`);
  const child = spawn(NGINX!, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 100; tries++) {
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    stop: () => {
      child.kill();
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
