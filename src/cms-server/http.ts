import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createActions, type Outcome } from './actions';
import { Refusal, type AllowedFile } from './policy';
import { FILE_KINDS } from '../media/kinds';

/**
 * The HTTP side of the local CMS server: POST /api/v1 with `{action, params}`, answered in JSON.
 * Only requests addressed to this server's own loopback address (Host) and coming from the
 * site's own local origin (Origin, when a browser sends one) are served: this shuts out DNS
 * rebinding and scripts on any other page the editor's browser opens.
 */

export interface CmsServerOptions {
  /** The repository (its working tree) the server edits. */
  readonly root: string;
  readonly port: number;
  /** Origins allowed to call the API, e.g. http://127.0.0.1:4321. */
  readonly siteOrigins: readonly string[];
  /** Called after files reach the live branch (publication, simple save, deletion). */
  readonly onPublished?: (files: readonly AllowedFile[]) => void;
  readonly log?: (line: string) => void;
}

/** The largest upload (a video, src/media/kinds.ts) sent as base64 in JSON, with room for the entry around it. */
const MAX_BODY_BYTES = Math.ceil((FILE_KINDS.video.maxBytes * 4) / 3) + 8 * 1024 * 1024;

function send(response: ServerResponse, status: number, body: unknown, origin?: string) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...(origin ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : { Vary: 'Origin' }),
  });
  response.end(text);
}

const readBody = (request: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Refusal(413, `请求过大（超过 ${MAX_BODY_BYTES / 1024 / 1024} MB）。请压缩图片或视频后重试。`));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });

export function createCmsServer(options: CmsServerOptions): Server {
  const actions = createActions(options.root);
  const log = options.log ?? ((line: string) => console.log(line));
  const origins = new Set(options.siteOrigins.map((origin) => origin.replace(/\/$/, '')));
  // One action at a time: git operations and the working tree are shared.
  let queue: Promise<unknown> = Promise.resolve();

  return createServer((request, response) => {
    const started = Date.now();
    const address = request.socket.address() as { port?: number };
    const port = address.port ?? options.port;
    const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    const origin = request.headers.origin;
    const line = (action: string, status: number, what: string) =>
      log(
        `[cms] ${new Date().toISOString().slice(11, 19)} ${action} ${status}${what ? ` ${what}` : ''} (${Date.now() - started} ms)`,
      );

    if (!hosts.has(request.headers.host ?? '')) {
      line(`${request.method} ${request.url}`, 403, `拒绝：Host “${request.headers.host ?? ''}”`);
      return send(response, 403, {
        error: `拒绝请求：本地内容管理服务只接受发往 ${[...hosts].join(' 或 ')} 的请求（Host 为“${request.headers.host ?? ''}”）。`,
      });
    }
    if (origin !== undefined && !origins.has(origin)) {
      line(`${request.method} ${request.url}`, 403, `拒绝：Origin “${origin}”`);
      return send(response, 403, {
        error: `拒绝请求：本地内容管理服务只接受来自本站本地地址（${[...origins].join('、')}）的页面的请求，而这个请求来自“${origin}”。`,
      });
    }
    const allowedOrigin = origin;
    if (request.method === 'OPTIONS') {
      response.writeHead(origin ? 204 : 403, {
        ...(origin
          ? {
              'Access-Control-Allow-Origin': origin,
              'Access-Control-Allow-Methods': 'POST',
              'Access-Control-Allow-Headers': 'Content-Type',
              'Access-Control-Max-Age': '600',
            }
          : {}),
        Vary: 'Origin',
      });
      return response.end();
    }
    if (request.method !== 'POST' || request.url?.split('?')[0] !== '/api/v1') {
      line(`${request.method} ${request.url}`, 404, '');
      return send(
        response,
        404,
        { error: '这里是本地内容管理服务的接口（POST /api/v1）。请打开网站的 /admin/ 页面使用内容管理。' },
        allowedOrigin,
      );
    }
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      line('POST', 415, '不是 JSON');
      return send(response, 415, { error: '请求必须是 JSON（Content-Type: application/json）。' }, allowedOrigin);
    }

    void (async () => {
      let action = '?';
      try {
        const body = await readBody(request);
        let parsed: { action?: unknown; params?: unknown };
        try {
          parsed = JSON.parse(body.toString('utf8')) as typeof parsed;
        } catch {
          throw new Refusal(400, '请求不是有效的 JSON。');
        }
        action = typeof parsed.action === 'string' ? parsed.action.slice(0, 40) : '?';
        const handler = Object.hasOwn(actions, action) ? actions[action] : undefined;
        if (!handler) throw new Refusal(422, `不支持的操作“${action}”。`);
        const params =
          parsed.params && typeof parsed.params === 'object' ? (parsed.params as Record<string, unknown>) : {};
        const run = queue.then(() => handler(params));
        queue = run.catch(() => undefined);
        const outcome: Outcome = await run;
        const status = outcome.status ?? 200;
        send(response, status, outcome.body, allowedOrigin);
        line(action, status, outcome.summary ?? '');
        if (outcome.published) options.onPublished?.(outcome.published);
      } catch (problem) {
        if (problem instanceof Refusal) {
          send(
            response,
            problem.status,
            { error: problem.message, ...(problem.details as object | undefined) },
            allowedOrigin,
          );
          line(action, problem.status, problem.message.split('\n').slice(0, 3).join(' ').slice(0, 300));
        } else {
          send(
            response,
            500,
            {
              error: `内容管理服务内部错误（${action}），没有完成。请查看运行 npm start 的终端窗口中的说明，稍后重试。`,
            },
            allowedOrigin,
          );
          line(action, 500, problem instanceof Error ? problem.message.split('\n')[0]!.slice(0, 300) : String(problem));
        }
      }
    })();
  });
}
