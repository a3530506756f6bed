import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareStaging, publish } from '../../src/build-cache/staged-output';
import { acquireLock } from '../../src/build-cache/build-lock';
import { BUILD_MARKER } from '../../src/build-cache/output-folder';

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'staged-output-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const write = (dir: string, files: Record<string, string>) => {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
};

describe('the build lock', () => {
  it('is refused while another running process holds it, and taken over once that process has ended', async () => {
    const lock = join(folder(), 'cache/build.lock');
    const other = spawn('sleep', ['30']);
    await new Promise((resolve) => other.on('spawn', resolve));
    mkdirSync(join(lock, '..'), { recursive: true });
    writeFileSync(lock, JSON.stringify({ pid: other.pid, since: '2026-12-02T10:00:00.000Z' }));
    const refused = acquireLock(lock);
    expect(refused).toEqual({ holder: { pid: other.pid, since: '2026-12-02T10:00:00.000Z' } });

    other.kill('SIGKILL');
    await new Promise((resolve) => other.on('close', resolve));
    const taken = acquireLock(lock);
    expect('release' in taken).toBe(true);
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid);
    // A second build in this process's folder is refused too, until the lock is released.
    expect(acquireLock(lock)).toMatchObject({ holder: { pid: process.pid } });
    if ('release' in taken) taken.release();
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock whose process id now belongs to another process (started later)', () => {
    const lock = join(folder(), 'build.lock');
    writeFileSync(lock, JSON.stringify({ pid: process.pid, startTime: '1', since: '2026-01-01T00:00:00.000Z' }));
    const taken = acquireLock(lock);
    expect('release' in taken).toBe(true);
    if ('release' in taken) taken.release();
  });
});

describe('the staging folder and publishing', () => {
  it('starts an unfinished build’s folder afresh from the published site', () => {
    const root = folder();
    const publishDir = join(root, 'dist');
    const staging = join(root, 'cache/site-output');
    write(publishDir, { 'index.html': '首页', '.git/HEAD': 'ref' });
    write(staging, { 'index.html': '半成品', [BUILD_MARKER]: '', '.prerender/chunks/a.mjs': '草稿' });
    prepareStaging({ publish: publishDir, staging });
    expect(readFileSync(join(staging, 'index.html'), 'utf8')).toBe('首页');
    expect(existsSync(join(staging, '.prerender'))).toBe(false);
    expect(existsSync(join(staging, '.git'))).toBe(false);
  });

  it('starts afresh when a build failed after it began writing (a refused search index, a failed check of the pages)', () => {
    const root = folder();
    const staging = join(root, 'cache/site-output');
    write(join(root, 'dist'), { 'index.html': '已发布' });
    write(staging, { 'index.html': '未发布' });
    writeFileSync(`${staging}.unfinished`, '');
    prepareStaging({ publish: join(root, 'dist'), staging });
    expect(readFileSync(join(staging, 'index.html'), 'utf8')).toBe('已发布');
    expect(existsSync(`${staging}.unfinished`)).toBe(false);
  });

  it('keeps a finished build’s folder for the next (incremental) build', () => {
    const root = folder();
    const staging = join(root, 'cache/site-output');
    write(join(root, 'dist'), { 'index.html': '旧' });
    write(staging, { 'index.html': '新', 'a/index.html': 'A' });
    prepareStaging({ publish: join(root, 'dist'), staging });
    expect(readFileSync(join(staging, 'index.html'), 'utf8')).toBe('新');
  });

  it('replaces the published site with the finished one, keeping its .git and sharing no file with the build’s folder', () => {
    const root = folder();
    const publishDir = join(root, 'dist');
    const staging = join(root, 'cache/site-output');
    write(publishDir, { 'index.html': '旧', 'removed/index.html': '删除的文章', '.git/HEAD': 'ref' });
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(join(publishDir, 'index.html'), hourAgo, hourAgo);
    write(staging, { 'index.html': '新', 'a/index.html': 'A' });
    publish({ publish: publishDir, staging });
    expect(readFileSync(join(publishDir, 'index.html'), 'utf8')).toBe('新');
    expect(readFileSync(join(publishDir, 'a/index.html'), 'utf8')).toBe('A');
    expect(existsSync(join(publishDir, 'removed'))).toBe(false);
    expect(readFileSync(join(publishDir, '.git/HEAD'), 'utf8')).toBe('ref');
    // The replaced site is kept beside it, to be brought up to date by the next publish.
    expect(readFileSync(join(root, '.dist-previous/index.html'), 'utf8')).toBe('旧');
    expect(existsSync(join(root, '.dist-previous/.git'))).toBe(false);
    expect(statSync(join(publishDir, 'index.html')).ino).not.toBe(statSync(join(staging, 'index.html')).ino);

    // Published again: an unchanged file is linked from the previous site, a rewritten one copied.
    const unchanged = statSync(join(publishDir, 'a/index.html')).ino;
    writeFileSync(join(staging, 'index.html'), '更新');
    publish({ publish: publishDir, staging });
    expect(statSync(join(publishDir, 'a/index.html')).ino).toBe(unchanged);
    expect(readFileSync(join(publishDir, 'index.html'), 'utf8')).toBe('更新');
    writeFileSync(join(staging, 'index.html'), '构建中改写');
    expect(readFileSync(join(publishDir, 'index.html'), 'utf8')).toBe('更新');

    // Published a third time from the kept site: what the build removed is gone, its new files there.
    rmSync(join(staging, 'a'), { recursive: true });
    write(staging, { a: '一个文件占了文件夹的名字', 'b/c/index.html': 'C' });
    publish({ publish: publishDir, staging });
    expect(readFileSync(join(publishDir, 'index.html'), 'utf8')).toBe('构建中改写');
    expect(readFileSync(join(publishDir, 'a'), 'utf8')).toBe('一个文件占了文件夹的名字');
    expect(readFileSync(join(publishDir, 'b/c/index.html'), 'utf8')).toBe('C');
    expect(existsSync(join(publishDir, 'removed'))).toBe(false);
    expect(readFileSync(join(publishDir, '.git/HEAD'), 'utf8')).toBe('ref');
    expect(readdirSync(publishDir, { recursive: true }).sort()).toEqual([
      '.git',
      '.git/HEAD',
      'a',
      'b',
      'b/c',
      'b/c/index.html',
      'index.html',
    ]);
    expect(statSync(join(publishDir, 'b/c/index.html')).ino).not.toBe(statSync(join(staging, 'b/c/index.html')).ino);
  });
});
