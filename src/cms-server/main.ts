/**
 * `npm run cms`: the site's local CMS backend, which Decap's local_backend talks to.
 *
 *   tsx src/cms-server/main.ts [--rebuild] [--site-origin http://127.0.0.1:4321] [--repo .]
 *
 * Environment: PORT (default 8081), CMS_SITE_ORIGIN (comma-separated origins allowed to call it),
 * GIT_REPO_DIRECTORY (the repository, default the current folder).
 */
import { realpathSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createCmsServer } from './http';
import { pagesOf, rebuilder } from './rebuild';

const { values } = parseArgs({
  options: {
    rebuild: { type: 'boolean', default: false },
    'site-origin': { type: 'string', multiple: true },
    repo: { type: 'string' },
    port: { type: 'string' },
  },
});

const port = Number(values.port ?? process.env.PORT ?? 8081);
const root = realpathSync(values.repo ?? process.env.GIT_REPO_DIRECTORY ?? '.');
const siteOrigins = (
  values['site-origin'] ?? (process.env.CMS_SITE_ORIGIN ?? 'http://127.0.0.1:4321,http://localhost:4321').split(',')
)
  .map((origin) => origin.trim().replace(/\/$/, ''))
  .filter(Boolean);
const site = siteOrigins[0] ?? 'http://127.0.0.1:4321';
const log = (line: string) => console.log(line);
const rebuild = values.rebuild ? rebuilder({ root, command: ['npm', 'run', 'build'], log }) : undefined;

const server = createCmsServer({
  root,
  port,
  siteOrigins,
  log,
  onPublished: (files) => {
    const pages = pagesOf(files, site);
    if (rebuild) {
      log(`[cms] 已发布到本地仓库，网站重新生成后上线。 / Published; the page goes live once the site is rebuilt.`);
      rebuild(pages);
    } else {
      log(
        `[cms] 已发布到本地仓库。重新生成网站（npm run build，或重新运行 npm start）后页面才会上线${pages.length ? `：${pages.join(' ')}` : ''}。 / Published to the repository; the page is live after a rebuild (npm run build).`,
      );
    }
  },
});
server.on('error', (problem: NodeJS.ErrnoException) => {
  console.error(
    problem.code === 'EADDRINUSE'
      ? `[cms] 端口 ${port} 已被占用：可能已有一个内容管理服务在运行。 / Port ${port} is in use.`
      : `[cms] 内容管理服务无法启动：${problem.message} / The CMS server could not start.`,
  );
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address() as { port: number };
  log(
    `[cms] 本地内容管理服务 listening on http://127.0.0.1:${actual}/api/v1 （仓库 ${root}；允许的网站地址 ${siteOrigins.join('、')}${rebuild ? '；发布后自动重新生成网站' : ''}）`,
  );
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));
