import { readFileSync } from 'node:fs';
import { createServer, type OutgoingHttpHeaders, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { DIST } from './paths';

/**
 * Serves a built site on 127.0.0.1 at a free port, with dist/404.html for missing pages.
 * `headers` are sent with every response (for example a Content-Security-Policy).
 */
export async function serveDist(
  root: string = DIST,
  headers: OutgoingHttpHeaders = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });
  const notFound = () => readFileSync(join(root, '404.html'));
  const server: Server = createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
    files(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(notFound());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
