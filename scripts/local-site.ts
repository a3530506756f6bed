/**
 * `npm start` and `npm run dev`: the site and the CMS on the editor's own computer, so that one bad
 * entry never locks the editor out of the browser tools that fix it.
 *
 * - `start`: builds the site and serves `dist/` at http://127.0.0.1:4321/, with the local CMS
 *   backend beside it (it rebuilds after each publish). If the build fails, the last good build
 *   stays online; with none, every page lists the problems in Chinese, and /admin/ still opens.
 *   Fixing the files (in the CMS or by hand) rebuilds the site by itself.
 * - `dev`: `astro dev` with the CMS; if it stops on content, the same problem page and /admin/ take
 *   its place until the content checks pass again, then `astro dev` comes back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, watch } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { checkContent } from '../src/checks/content-check';
import type { Problem } from '../src/checks/problem';
import { formatProblems, summary } from '../src/checks/report';
import { adminBundle } from '../src/integrations/admin-bundle';
import { problemPage, rescueAdminPage } from './local-site/pages';

const mode = process.argv[2] === 'dev' ? 'dev' : 'start';
const ROOT = process.cwd();
const DIST = join(ROOT, 'dist');
const HOST = '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4321);
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

const say = (zh: string, en: string) => console.log(`[本机网站] ${zh} / ${en}`);

const children = new Set<ChildProcess>();
function run(
  command: string,
  args: string[],
  { onExit }: { onExit?: (code: number | null) => void } = {},
): ChildProcess {
  const child = spawn(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  children.add(child);
  child.on('exit', (code) => {
    children.delete(child);
    onExit?.(code);
  });
  return child;
}

const stopAll = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);

// The CMS's backend runs from the start, whatever happens to the site; in `start` it rebuilds after a publish.
const CMS_PORT = process.env.CMS_PORT ?? '8081';
const siteOrigins = [`http://${HOST}:${PORT}`, `http://localhost:${PORT}`].flatMap((origin) => [
  '--site-origin',
  origin,
]);
run(
  'npm',
  ['run', '--silent', 'cms', '--', '--port', CMS_PORT, ...siteOrigins, ...(mode === 'start' ? ['--rebuild'] : [])],
  {
    onExit: (code) => {
      if (code !== 0 && code !== null)
        say(`内容管理后端已退出（代码 ${code}）`, `the CMS backend exited (code ${code})`);
    },
  },
);

let problems: Problem[] = [];
async function recheck(): Promise<boolean> {
  const result = await checkContent(ROOT);
  problems = result.problems;
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) console.log(`${formatProblems(errors)}\n${summary(problems, result.files)}`);
  return errors.length === 0;
}

/** The CMS page when no build has made one: Decap's bundle from the build cache (or bundled now). */
let rescueAdmin: Promise<{ script: string; folder: string }> | undefined;
function rescueAdminFiles() {
  rescueAdmin ??= (async () => {
    const bundle = await adminBundle(pathToFileURL(`${ROOT}/`), pathToFileURL(join(ROOT, 'node_modules/.astro/')));
    const folder = join(ROOT, 'node_modules/.astro/rescue-admin/');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(join(folder, '_astro'), { recursive: true });
    bundle.copyTo(pathToFileURL(folder));
    return { script: bundle.script, folder };
  })();
  return rescueAdmin;
}

const siteFiles = sirv(DIST, { dev: true, etag: true });
/** Serves dist/ when there is a site to serve, otherwise the problem page and the CMS. */
function startServer(): Server {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const notFound = () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(existsSync(join(DIST, '404.html')) ? readFileSync(join(DIST, '404.html')) : '页面未找到');
    };
    if (existsSync(join(DIST, 'index.html'))) return siteFiles(request, response, notFound);
    try {
      if (path === '/admin/' || path === '/admin') {
        const admin = await rescueAdminFiles();
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        return response.end(rescueAdminPage(admin.script));
      }
      if (path.startsWith('/_astro/')) {
        const admin = await rescueAdminFiles();
        return sirv(admin.folder, { dev: true })(request, response, notFound);
      }
    } catch (failure) {
      console.error(failure);
    }
    response.statusCode = 503;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Retry-After', '10');
    response.end(problemPage(problems));
  });
  server.listen(PORT, HOST, () =>
    say(
      `网站：http://${HOST}:${PORT}/  内容管理：http://${HOST}:${PORT}/admin/`,
      `site and CMS at http://${HOST}:${PORT}/`,
    ),
  );
  return server;
}

/** Calls `then` once the content checks pass again after files under content/ change. */
function whenContentPasses(then: () => void) {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(join(ROOT, 'content'), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if (await recheck()) {
        watcher.close();
        then();
      }
    }, 800);
  });
}

function build(): Promise<boolean> {
  return new Promise((resolve) => run(process.execPath, [ASTRO, 'build'], { onExit: (code) => resolve(code === 0) }));
}

async function startMode() {
  startServer();
  if (await build()) return;
  await recheck();
  say(
    existsSync(join(DIST, 'index.html'))
      ? '构建未通过：继续显示上次成功构建的网站，请在内容管理中改正上面的错误'
      : '构建未通过：网页列出要改正的问题，内容管理仍可使用',
    'the build failed; fix the problems above in the CMS (/admin/) or in the files: the site rebuilds by itself',
  );
  const retry = () =>
    whenContentPasses(async () => {
      say('内容检查已通过，正在重新构建', 'content checks pass again; rebuilding');
      if (!(await build())) retry();
    });
  retry();
}

function devMode() {
  const astroDev = () =>
    run(process.execPath, [ASTRO, 'dev', '--host', HOST, '--port', String(PORT)], {
      onExit: async (code) => {
        if (code === 0 || code === null) return;
        await recheck();
        say(
          '开发服务器因内容错误停止：网页列出要改正的问题，内容管理仍可使用',
          'astro dev stopped on content; the problem page and /admin/ stay up until the checks pass',
        );
        const server = startServer();
        whenContentPasses(() => server.close(() => astroDev()));
      },
    });
  astroDev();
}

if (mode === 'dev') devMode();
else await startMode();
