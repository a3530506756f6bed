import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Git for the CMS server, through plumbing only: drafts and publications are written as blobs,
 * trees and commits and moved with `update-ref`, so the editor's working tree is never checked out,
 * stashed, rebased or `git add`ed. Hooks and fsmonitor are switched off for every call.
 */

export class GitError extends Error {}

export interface GitRun {
  (
    args: readonly string[],
    options?: { input?: Buffer | string; env?: Record<string, string>; allowFailure?: boolean },
  ): Promise<Buffer>;
}

export function gitIn(root: string): GitRun {
  return (args, { input, env, allowFailure } = {}) =>
    new Promise((resolve, reject) => {
      const child = spawn(
        'git',
        ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgSign=false', ...args],
        {
          cwd: root,
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_LITERAL_PATHSPECS: '1', LC_ALL: 'C', ...env },
          stdio: ['pipe', 'pipe', 'pipe'],
        },
      );
      const out: Buffer[] = [];
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk));
      child.on('error', reject);
      child.on('close', (code) => {
        if (code === 0 || allowFailure) resolve(code === 0 ? Buffer.concat(out) : Buffer.alloc(0));
        else reject(new GitError(`git ${args.slice(0, 2).join(' ')} failed (${code}): ${err.trim().slice(0, 500)}`));
      });
      child.stdin.on('error', () => undefined);
      child.stdin.end(input ?? '');
    });
}

const text = async (promise: Promise<Buffer>) => (await promise).toString('utf8').trim();

export const ZERO = '0000000000000000000000000000000000000000';

/** One path's new content (a blob already in the object store) or its removal. */
export type TreeChange = { path: string; blob: string } | { path: string; remove: true };

export function gitOps(root: string) {
  const git = gitIn(root);
  const ops = {
    git,
    /** The commit a branch points at, or undefined when there is no such branch. */
    async tip(branch: string): Promise<string | undefined> {
      const sha = await text(
        git(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`], { allowFailure: true }),
      );
      return sha || undefined;
    },
    /** The branch checked out in the working tree ('' when detached). */
    currentBranch: () => text(git(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true })),
    async branches(prefix: string): Promise<string[]> {
      const out = await text(git(['for-each-ref', '--format=%(refname:short)', `refs/heads/${prefix}`]));
      return out ? out.split('\n') : [];
    },
    /** A file's bytes at a commit, or undefined when it has no such file. */
    async read(commit: string, path: string): Promise<Buffer | undefined> {
      const blob = await ops.blobAt(commit, path);
      return blob ? git(['cat-file', 'blob', blob]) : undefined;
    },
    async blobAt(commit: string, path: string): Promise<string | undefined> {
      const out = await text(git(['ls-tree', '-z', commit, '--', path]));
      const match = /^(\d+) blob ([0-9a-f]+)\t/.exec(out);
      return match && match[1] !== '120000' ? match[2] : undefined;
    },
    /** Names of the regular files directly inside a folder at a commit. */
    async list(commit: string, folder: string): Promise<string[]> {
      const out = (await git(['ls-tree', '-z', commit, '--', `${folder.replace(/\/$/, '')}/`])).toString('utf8');
      return out
        .split('\0')
        .filter(Boolean)
        .flatMap((line) => {
          const match = /^(\d+) blob [0-9a-f]+\t(.*)$/s.exec(line);
          return match && match[1] !== '120000' ? [match[2]!] : [];
        });
    },
    writeBlob: (content: Buffer | string) => text(git(['hash-object', '-w', '--stdin'], { input: content })),
    /** Paths that differ between two commits, with git's status letter (A, M, D). */
    async diff(from: string, to: string): Promise<{ status: string; path: string }[]> {
      const out = (await git(['diff', '--name-status', '--no-renames', '-z', from, to]))
        .toString('utf8')
        .split('\0')
        .filter(Boolean);
      const changes: { status: string; path: string }[] = [];
      for (let index = 0; index + 1 < out.length; index += 2)
        changes.push({ status: out[index]!, path: out[index + 1]! });
      return changes;
    },
    /** Commit time of a commit. */
    commitDate: async (commit: string) => new Date(await text(git(['show', '-s', '--format=%cI', commit]))),
    /**
     * A new commit whose tree is `base`'s tree with `changes` applied, built in a temporary index
     * (the real index and the working tree are not touched).
     */
    async commitTree(base: string, parent: string, changes: readonly TreeChange[], message: string): Promise<string> {
      const folder = mkdtempSync(join(tmpdir(), 'cms-index-'));
      const env = { GIT_INDEX_FILE: join(folder, 'index'), ...(await identity()) };
      try {
        await git(['read-tree', base], { env });
        for (const change of changes) {
          if ('remove' in change) await git(['update-index', '--force-remove', '--', change.path], { env });
          else await git(['update-index', '--add', '--cacheinfo', `100644,${change.blob},${change.path}`], { env });
        }
        const tree = await text(git(['write-tree'], { env }));
        return await text(git(['commit-tree', tree, '-p', parent, '-F', '-'], { env, input: message }));
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
    /** Moves a branch from `old` (ZERO: must not exist yet) to `commit`, failing if it moved meanwhile. */
    setBranch: (branch: string, commit: string, old: string, message: string) =>
      git(['update-ref', '-m', message, `refs/heads/${branch}`, commit, old]),
    /** Points the real index at `changes` for these paths only; other staged changes stay as they are. */
    async updateRealIndex(changes: readonly TreeChange[]) {
      for (const change of changes) {
        if ('remove' in change) await git(['update-index', '--force-remove', '--', change.path]);
        else await git(['update-index', '--add', '--cacheinfo', `100644,${change.blob},${change.path}`]);
      }
    },
    deleteBranch: (branch: string) => git(['branch', '-D', '--', branch]),
    getConfig: (key: string) => text(git(['config', '--get', key], { allowFailure: true })),
    setConfig: (key: string, value: string) => git(['config', key, value]),
  };
  /** Commits need an author; a clone without user.name still saves, as 内容管理. */
  const identity = async (): Promise<Record<string, string>> => {
    const name = await ops.getConfig('user.name');
    const email = await ops.getConfig('user.email');
    return {
      ...(name ? {} : { GIT_AUTHOR_NAME: '内容管理', GIT_COMMITTER_NAME: '内容管理' }),
      ...(email ? {} : { GIT_AUTHOR_EMAIL: 'cms@localhost', GIT_COMMITTER_EMAIL: 'cms@localhost' }),
    };
  };
  return ops;
}

export type GitOps = ReturnType<typeof gitOps>;
