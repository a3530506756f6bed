import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths';

/** git in a repository folder; returns stdout. */
export const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/**
 * A clone of this repository's HEAD on branch main, as an editor's own checkout would be, with
 * node_modules linked so it can be built.
 */
export function cloneRepository(source: string = ROOT): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'site-repo-'));
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', '--branch', 'main', source, dir]);
  git(dir, 'config', 'user.name', '测试编辑');
  git(dir, 'config', 'user.email', 'editor@example.invalid');
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
