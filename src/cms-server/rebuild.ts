import { spawn } from 'node:child_process';
import { ARTICLE_COLLECTIONS } from '../config/sections';
import { entryIdFromPath } from '../lib/slugs';
import type { AllowedFile } from './policy';

/** The addresses on the site where published files show. */
export function pagesOf(files: readonly AllowedFile[], site: string): string[] {
  const pages = new Set<string>();
  for (const file of files) {
    if (file.kind !== 'entry') continue;
    pages.add(
      (ARTICLE_COLLECTIONS as readonly string[]).includes(file.folder)
        ? `${site}/${file.folder}/${entryIdFromPath(file.name)}/`
        : `${site}/`,
    );
  }
  return [...pages];
}

/**
 * Rebuilds the site after publications, one build at a time: publications during a build are
 * queued into a single next build. A failing build is reported and the server keeps running.
 */
export function rebuilder({
  root,
  command,
  log,
}: {
  root: string;
  command: readonly string[];
  log: (line: string) => void;
}) {
  let running = false;
  let waiting: string[] | undefined;

  const run = (pages: string[]) => {
    running = true;
    log(`[cms] 正在重新生成网站（${command.join(' ')}）… / Rebuilding the site…`);
    const started = Date.now();
    let output = '';
    let child;
    try {
      child = spawn(command[0]!, command.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    } catch (problem) {
      log(`[cms] 无法启动网站生成：${String(problem)} / Could not start the build.`);
      running = false;
      return;
    }
    const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    let finished = false;
    const finish = (code: number | null) => {
      if (finished) return; // 'error' and 'close' can both come for a command that did not start
      finished = true;
      const seconds = Math.round((Date.now() - started) / 1000);
      // `npm start` may itself be building (its first build, or one after a fix): wait for it.
      if (code !== 0 && output.includes('Another build is already running')) {
        log('[cms] 另一个网站构建正在进行，稍后再生成。 / Another build is running; trying again shortly.');
        setTimeout(() => run([...new Set([...pages, ...(waiting ?? [])])]), 5000);
        waiting = undefined;
        return;
      }
      if (code === 0) {
        log(
          `[cms] 网站已重新生成（${seconds} 秒），页面已上线 / The site is rebuilt, the page is live: ${pages.join(' ')}`,
        );
      } else {
        log(
          `[cms] 网站生成失败（${seconds} 秒），已发布的内容暂未上线。请查看下面的说明并修正，再次发布或运行 npm run build。 / The build failed; the page is not live yet.\n${output.slice(-2000)}`,
        );
      }
      running = false;
      if (waiting) {
        const next = waiting;
        waiting = undefined;
        run(next);
      }
    };
    child.on('error', (problem) => {
      output += String(problem);
      finish(null);
    });
    child.on('close', finish);
  };

  return (pages: string[]) => {
    if (running) {
      waiting = [...new Set([...(waiting ?? []), ...pages])];
      log('[cms] 上一次生成尚未结束，完成后会再生成一次。 / A build is running; another one will follow.');
    } else run(pages);
  };
}
