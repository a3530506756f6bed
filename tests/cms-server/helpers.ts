import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { expect } from 'vitest';
import { startDecapServer } from '../helpers/decap-server';
import { cloneRepository, git } from '../helpers/git-clone';

export const SITE = 'http://127.0.0.1:4321';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A raw HTTP request to the CMS server, with whatever Host and Origin a caller chooses. */
export function raw(
  port: number,
  { method = 'POST', body, headers = {} }: { method?: string; body?: unknown; headers?: Record<string, string> },
): Promise<Reply> {
  const payload = body === undefined ? '' : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/v1',
        method,
        headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json; charset=utf-8', ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            /* not JSON: kept as text for the assertion to show */
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: parsed });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * A clone of the repository as an editor's checkout would be after `npm install` and some
 * work of their own: package-lock.json modified, an untracked notes.txt, a staged change, and
 * symbolic links inside content/ pointing outside it (a file, a media sub-folder, a whole collection). The CMS server runs over it.
 */
export async function editorCheckout() {
  const repository = cloneRepository();
  const dir = repository.dir;
  appendFileSync(join(dir, 'package-lock.json'), '\n');
  writeFileSync(join(dir, 'notes.txt'), '编辑自己的笔记，不属于网站。\n');
  writeFileSync(join(dir, 'README.md'), `${readFileSync(join(dir, 'README.md'), 'utf8')}\n编辑暂存的修改。\n`);
  git(dir, 'add', 'README.md');
  symlinkSync(join(dir, 'package.json'), join(dir, 'content/knowledge/linked.md'));
  symlinkSync('/etc', join(dir, 'content/media/etc'));
  // A whole collection folder that is a link to a folder outside content/.
  renameSync(join(dir, 'content/sms'), join(dir, 'outside-sms'));
  symlinkSync(join(dir, 'outside-sms'), join(dir, 'content/sms'));
  mkdirSync(join(dir, 'content/stories/nested'));
  writeFileSync(join(dir, 'content/stories/nested/inner.md'), '---\ntitle: 嵌套\n---\n');
  const server = await startDecapServer(dir, { siteOrigins: [SITE] });
  const call = (action: string, params: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    raw(server.port, { body: { action, params: { branch: 'main', ...params } }, headers });
  return { dir, server, call, remove: () => (server.stop(), repository.remove()) };
}

/** Everything an editor would see of the repository: status, branches, HEAD, config, their own files. */
export function snapshot(dir: string) {
  return {
    status: git(dir, 'status', '--porcelain', '--untracked-files=all'),
    branches: git(dir, 'for-each-ref', '--format=%(refname) %(objectname)'),
    head: git(dir, 'rev-parse', 'HEAD'),
    config: readFileSync(join(dir, '.git/config'), 'utf8'),
    staged: git(dir, 'diff', '--cached'),
    lock: readFileSync(join(dir, 'package-lock.json'), 'utf8'),
    notes: readFileSync(join(dir, 'notes.txt'), 'utf8'),
    packageJson: readFileSync(join(dir, 'package.json'), 'utf8'),
    outside: readdirSync(join(dir, 'outside-sms')).map(
      (name) => `${name}:${readFileSync(join(dir, 'outside-sms', name), 'utf8').length}`,
    ),
  };
}

/** The server refused with a Chinese message (naming `mention`) and the repository is as it was. */
export function expectRefused(reply: Reply, before: ReturnType<typeof snapshot>, dir: string, mention?: string) {
  expect(reply.status, JSON.stringify(reply.body)).toBeGreaterThanOrEqual(400);
  expect(reply.status).toBeLessThan(500);
  expect(typeof reply.body?.error, JSON.stringify(reply.body)).toBe('string');
  expect(reply.body.error).toMatch(/[\u4e00-\u9fff]/);
  if (mention) expect(reply.body.error).toContain(mention);
  expect(snapshot(dir)).toEqual(before);
}

/** A small valid JPEG. */
export const jpeg = (): Promise<Buffer> =>
  import('sharp').then(({ default: sharp }) =>
    sharp({ create: { width: 64, height: 40, channels: 3, background: '#c0392b' } })
      .jpeg()
      .toBuffer(),
  );

/** A new story's file text, valid for the content check, with `extra` added to the body. */
export function storyText({
  title = '社区志愿者守护居民平安',
  photo,
  body = '志愿者每天为居家老人送菜送药。',
}: { title?: string; photo?: string; body?: string } = {}) {
  return [
    '---',
    `title: ${title}`,
    'summary: 志愿者每天为居家老人送菜送药。',
    'published: 2026-11-29',
    'source: 小店区文明办',
    'editor: 市文明办综合科',
    'person: 赵某某（示例）',
    'subject: 个人',
    'category: 志愿者',
    'district: 小店区',
    'unit: 某社区志愿服务队（示例）',
    ...(photo ? [`photo: { src: ${photo}, alt: 志愿者在小区门口为居民测量体温 }`] : []),
    '---',
    '',
    body,
    '',
  ].join('\n');
}
