import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, lstatSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { assertNoErrors, imageErrors, type FileChange } from './check';
import { gitOps, ZERO, type TreeChange } from './git';
import { collectionOfCmsName } from '../mdx/collections';
import {
  allowedCollection,
  allowedFile,
  allowedFolder,
  allowedSlug,
  fileOnDisk,
  folderOnDisk,
  Refusal,
  type AllowedFile,
} from './policy';

/**
 * The actions of decap-server's API (POST /api/v1 {action, params}), with the same JSON answers
 * (see node_modules/decap-server/src/middlewares/localGit/index.ts), confined to the content
 * folders and written with git plumbing (see git.ts).
 */

/** What happened, for the terminal log and the rebuild. */
export interface Outcome {
  readonly body: unknown;
  readonly status?: number;
  /** Short description for the log, e.g. the path saved. */
  readonly summary?: string;
  /** Files now on the live branch (a publication or a simple save). */
  readonly published?: readonly AllowedFile[];
}

const CMS_PREFIX = 'cms';
const DEFAULT_LABEL_PREFIX = 'decap-cms/';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const statusToLabel = (status: string, prefix?: string) => `${prefix || DEFAULT_LABEL_PREFIX}${status}`;
const labelToStatus = (label: string, prefix?: string) => label.slice((prefix || DEFAULT_LABEL_PREFIX).length);
const descriptionKey = (branch: string) => `branch.${branch}.description`;

type Params = Record<string, unknown>;

const asString = (value: unknown, what: string): string => {
  if (typeof value !== 'string' || value === '') throw new Refusal(400, `请求缺少“${what}”。`);
  return value;
};
const asArray = (value: unknown, what: string): unknown[] => {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Refusal(400, `请求中的“${what}”应是列表。`);
  return value;
};
const base64 = (value: unknown, path: string): Buffer => {
  if (typeof value !== 'string') throw new Refusal(400, `“${path}”的内容缺失。`);
  return Buffer.from(value, 'base64');
};

const mediaJson = (file: AllowedFile, bytes: Buffer) => ({
  id: sha256(bytes),
  content: bytes.toString('base64'),
  encoding: 'base64',
  path: file.path,
  name: basename(file.path),
});

export function createActions(root: string) {
  const git = gitOps(root);

  /** The configured branch (decap's `backend.branch`), which must exist and is never a draft branch. */
  const liveBranch = async (params: Params) => {
    const branch = asString(params.branch, 'branch');
    if (branch.startsWith(`${CMS_PREFIX}/`) || !(await git.tip(branch).catch(() => undefined))) {
      throw new Refusal(422, `分支“${branch}”不存在。请在 CMS 配置中使用仓库的主分支（通常是 main）。`);
    }
    return branch;
  };

  /**
   * Reads files of the live branch: from the working tree when it is checked out (as decap-server
   * did, so an editor's new files show up), otherwise from the branch's last commit.
   */
  const readerOf = async (branch: string) => {
    if ((await git.currentBranch()) !== branch) {
      const tip = (await git.tip(branch))!;
      return {
        read: (file: AllowedFile) => git.read(tip, file.path),
        list: (folder: string) => git.list(tip, `content/${folder}`),
      };
    }
    return {
      read: async (file: AllowedFile) => {
        const path = fileOnDisk(root, file);
        try {
          return readFileSync(path);
        } catch {
          return undefined;
        }
      },
      list: async (folder: string) => {
        const path = folderOnDisk(root, folder);
        if (!path) return [];
        return readdirSync(path)
          .filter((name) => !name.startsWith('.') && lstatSync(`${path}/${name}`).isFile())
          .map((name) => `content/${folder}/${name}`);
      },
    };
  };

  const entryJson = async (read: (file: AllowedFile) => Promise<Buffer | undefined>, path: string, label?: unknown) => {
    const file = allowedFile(path, 'entry');
    const bytes = await read(file);
    return {
      data: bytes ? bytes.toString('utf8') : null,
      file: { path: file.path, ...(typeof label === 'string' ? { label } : {}), id: bytes ? sha256(bytes) : null },
    };
  };

  /** The draft branch of `collection`/`slug` (or, for unpublishedEntry, of the content key `id`). */
  const draftBranch = (params: Params, { byId = false } = {}) => {
    let { collection, slug } = params;
    if (byId && typeof params.id === 'string') {
      const index = params.id.indexOf('/');
      collection = params.id.slice(0, index);
      slug = params.id.slice(index + 1);
    }
    return {
      collection: allowedCollection(collection),
      slug: allowedSlug(slug),
      branch: `${CMS_PREFIX}/${allowedCollection(collection)}/${allowedSlug(slug)}`,
    };
  };

  /** The commit a draft branch grew from: its changes are the diff from there. */
  const draftBase = async (live: string, draftTip: string) =>
    (await git.git(['merge-base', `refs/heads/${live}`, draftTip], { allowFailure: true })).toString('utf8').trim() ||
    `${draftTip}^`;

  /** What a draft changes, each path checked against the policy (a branch may come from elsewhere). */
  const draftChanges = async (live: string, draftTip: string) => {
    const base = await draftBase(live, draftTip);
    const changes: FileChange[] = [];
    for (const { status, path } of await git.diff(base, draftTip)) {
      const file = allowedFile(path);
      changes.push({ file, bytes: status.startsWith('D') ? undefined : await git.read(draftTip, path) });
    }
    return changes;
  };

  const toTree = async (changes: readonly FileChange[]): Promise<TreeChange[]> =>
    Promise.all(
      changes.map(async ({ file, bytes }) =>
        bytes ? { path: file.path, blob: await git.writeBlob(bytes) } : { path: file.path, remove: true as const },
      ),
    );

  /**
   * Commits `changes` onto the live branch, which must be checked out: a commit holding exactly
   * these paths, the same files written into the working tree and the index updated for these
   * paths only. Nothing else the editor has changed or added is touched or committed.
   */
  const commitToLive = async (
    live: string,
    changes: readonly FileChange[],
    message: string,
    { keepLocalEdits }: { keepLocalEdits: boolean },
  ) => {
    const current = await git.currentBranch();
    if (current !== live) {
      throw new Refusal(
        409,
        `无法发布：本地仓库当前在分支“${current || '（分离的 HEAD）'}”上，内容管理只发布到“${live}”。请先在终端运行 git switch ${live}，再重试。`,
      );
    }
    const head = (await git.tip(live))!;
    const onDisk = changes.map(({ file }) => fileOnDisk(root, file));
    const previous = onDisk.map((path) => {
      try {
        return readFileSync(path);
      } catch {
        return undefined;
      }
    });
    const real: FileChange[] = [];
    for (const [index, change] of changes.entries()) {
      const committed = await git.read(head, change.file.path);
      const local = previous[index];
      if (
        keepLocalEdits &&
        local &&
        (!committed || !local.equals(committed)) &&
        !(change.bytes && local.equals(change.bytes))
      ) {
        throw new Refusal(
          409,
          `无法发布：“${change.file.path}”在本地有尚未提交的修改，内容管理不会覆盖它。请先在终端提交或撤销这些修改（git status 可查看），再重试。`,
        );
      }
      if (!change.bytes && !committed && !local) continue;
      real.push(change);
    }
    if (real.length === 0) return;
    const tree = await toTree(real);
    const commit = await git.commitTree(head, head, tree, message);
    const written: number[] = [];
    try {
      for (const [index, change] of changes.entries()) {
        if (!real.includes(change)) continue;
        if (change.bytes) writeFileSync(onDisk[index]!, change.bytes);
        else if (previous[index]) unlinkSync(onDisk[index]!);
        written.push(index);
      }
      await git.setBranch(live, commit, head, message);
    } catch (problem) {
      for (const index of written) {
        if (previous[index]) writeFileSync(onDisk[index]!, previous[index]!);
        else unlinkSync(onDisk[index]!);
      }
      throw problem;
    }
    await git.updateRealIndex(tree);
  };

  const actions: Record<string, (params: Params) => Promise<Outcome>> = {
    info: async () => ({
      body: { repo: basename(root), publish_modes: ['simple', 'editorial_workflow'], type: 'local_git' },
    }),

    entriesByFolder: async (params) => {
      const branch = await liveBranch(params);
      const folder = allowedFolder(params.folder);
      const reader = await readerOf(branch);
      // Decap asks for one extension per collection (.md, or .mdx for the block-editing twin).
      const extension =
        typeof params.extension === 'string' && params.extension ? `.${params.extension.replace(/^\./, '')}` : '';
      const paths = (await reader.list(folder)).filter((path) => {
        try {
          return allowedFile(path, 'entry') && path.endsWith(extension);
        } catch {
          return false;
        }
      });
      return {
        body: await Promise.all(paths.map((path) => entryJson(reader.read, path))),
        summary: `content/${folder}/（${paths.length} 个）`,
      };
    },

    entriesByFiles: async (params) => {
      const branch = await liveBranch(params);
      const files = asArray(params.files, 'files').map((file) => file as { path?: unknown; label?: unknown });
      files.forEach((file) => allowedFile(file.path, 'entry'));
      const reader = await readerOf(branch);
      return {
        body: await Promise.all(files.map((file) => entryJson(reader.read, file.path as string, file.label))),
        summary: files.map((file) => file.path).join('、'),
      };
    },

    getEntry: async (params) => {
      const branch = await liveBranch(params);
      const file = allowedFile(params.path, 'entry');
      return { body: await entryJson((await readerOf(branch)).read, file.path), summary: file.path };
    },

    unpublishedEntries: async (params) => {
      await liveBranch(params);
      const branches = await git.branches(`${CMS_PREFIX}/`);
      return {
        body: branches.map((branch) => branch.slice(CMS_PREFIX.length + 1)),
        summary: `${branches.length} 个草稿`,
      };
    },

    unpublishedEntry: async (params) => {
      const live = await liveBranch(params);
      const { collection, slug, branch } = draftBranch(params, { byId: true });
      const tip = await git.tip(branch);
      if (!tip) return { status: 404, body: { message: 'Not Found' }, summary: `${branch} 不存在` };
      const base = await draftBase(live, tip);
      const diffs = (await git.diff(base, tip)).map(({ status, path }) => ({
        oldPath: status.startsWith('A') ? '' : path,
        newPath: status.startsWith('D') ? '' : path,
        status: status.startsWith('A') ? 'added' : status.startsWith('D') ? 'deleted' : 'modified',
        newFile: status.startsWith('A'),
        path,
        id: path,
        binary: !/\.(md|mdx|ya?ml)$/i.test(path),
      }));
      const label = await git.getConfig(descriptionKey(branch));
      const cmsLabelPrefix = typeof params.cmsLabelPrefix === 'string' ? params.cmsLabelPrefix : undefined;
      return {
        body: {
          collection,
          slug,
          status: label && labelToStatus(label, cmsLabelPrefix),
          diffs,
          updatedAt: await git.commitDate(tip),
        },
        summary: branch,
      };
    },

    unpublishedEntryDataFile: async (params) => {
      await liveBranch(params);
      const { branch } = draftBranch(params);
      const file = allowedFile(params.path, 'entry');
      const tip = await git.tip(branch);
      const bytes = tip ? await git.read(tip, file.path) : undefined;
      return { body: { data: bytes ? bytes.toString('utf8') : null }, summary: `${branch}:${file.path}` };
    },

    unpublishedEntryMediaFile: async (params) => {
      await liveBranch(params);
      const { branch } = draftBranch(params);
      const file = allowedFile(params.path, 'media');
      const tip = await git.tip(branch);
      const bytes = tip ? await git.read(tip, file.path) : undefined;
      if (!bytes) throw new Refusal(404, `草稿中没有图片“${file.path}”。`);
      return { body: mediaJson(file, bytes), summary: `${branch}:${file.path}` };
    },

    deleteUnpublishedEntry: async (params) => {
      await liveBranch(params);
      const { branch } = draftBranch(params);
      if (await git.tip(branch)) await git.deleteBranch(branch);
      return { body: { message: `deleted branch: ${branch}` }, summary: branch };
    },

    persistEntry: async (params) => {
      const live = await liveBranch(params);
      const options = (params.options ?? {}) as {
        collectionName?: unknown;
        commitMessage?: unknown;
        useWorkflow?: unknown;
        status?: unknown;
      };
      const dataFiles = asArray(params.dataFiles ?? (params.entry ? [params.entry] : undefined), 'dataFiles') as {
        path?: unknown;
        raw?: unknown;
        newPath?: unknown;
        slug?: unknown;
      }[];
      if (dataFiles.length === 0) throw new Refusal(400, '请求中没有要保存的条目。');
      const changes: FileChange[] = [];
      for (const dataFile of dataFiles) {
        const file = allowedFile(dataFile.path, 'entry');
        if (typeof dataFile.raw !== 'string') throw new Refusal(400, `“${file.path}”的内容缺失。`);
        if (typeof options.collectionName === 'string' && file.folder !== collectionOfCmsName(options.collectionName)) {
          const folder = collectionOfCmsName(options.collectionName);
          throw new Refusal(403, `“${file.path}”不在“${folder}”栏目的文件夹 content/${folder}/ 中，不能保存。`);
        }
        if (dataFile.newPath !== undefined && dataFile.newPath !== null) {
          changes.push(
            { file, bytes: undefined },
            { file: allowedFile(dataFile.newPath, 'entry'), bytes: Buffer.from(dataFile.raw, 'utf8') },
          );
        } else {
          changes.push({ file, bytes: Buffer.from(dataFile.raw, 'utf8') });
        }
      }
      for (const asset of asArray(params.assets, 'assets') as { path?: unknown; content?: unknown }[]) {
        const file = allowedFile(asset.path, 'media');
        changes.push({ file, bytes: base64(asset.content, file.path) });
      }
      // A symbolic link on the way (content/, the folder or the file) is refused before anything else.
      for (const change of changes) fileOnDisk(root, change.file);
      const message =
        typeof options.commitMessage === 'string' && options.commitMessage
          ? options.commitMessage
          : `更新 ${changes[0]!.file.path}`;
      const paths = changes.map((change) => change.file.path).join('、');

      if (options.useWorkflow !== true) {
        await assertNoErrors(root, changes, '没有保存');
        await commitToLive(live, changes, message, { keepLocalEdits: false });
        return {
          body: { message: 'entry persisted' },
          summary: `${paths} → ${live}`,
          published: changes.filter((change) => change.bytes).map((change) => change.file),
        };
      }

      const collection = allowedCollection(options.collectionName ?? changes[0]!.file.folder);
      const slug = allowedSlug(
        (dataFiles[0]!.slug as string | undefined) ?? changes[0]!.file.name.replace(/\.[^.]+$/, ''),
      );
      const branch = `${CMS_PREFIX}/${collection}/${slug}`;
      await assertNoErrors(root, changes, '草稿没有保存');
      const head = (await git.tip(live))!;
      const old = await git.tip(branch);
      // The draft is one commit on top of the live branch: its tree is the live tree plus this
      // entry's files (uploads no longer in the entry drop out), like decap-server's rebase.
      const commit = await git.commitTree(head, head, await toTree(changes), message);
      await git.setBranch(branch, commit, old ?? ZERO, message);
      if (!old)
        await git.setConfig(
          descriptionKey(branch),
          statusToLabel(String(options.status || 'draft'), params.cmsLabelPrefix as string | undefined),
        );
      return { body: { message: 'entry persisted' }, summary: `${paths} → ${branch}` };
    },

    updateUnpublishedEntryStatus: async (params) => {
      await liveBranch(params);
      const { branch } = draftBranch(params);
      const newStatus = asString(params.newStatus, 'newStatus');
      if (!['draft', 'pending_review', 'pending_publish'].includes(newStatus))
        throw new Refusal(400, `未知的状态“${newStatus}”。`);
      if (!(await git.tip(branch))) throw new Refusal(404, `草稿“${branch}”不存在，可能已被发布或删除。请刷新页面。`);
      const description = statusToLabel(newStatus, params.cmsLabelPrefix as string | undefined);
      await git.setConfig(descriptionKey(branch), description);
      return {
        body: { message: `${branch} description was updated to ${description}` },
        summary: `${branch} → ${newStatus}`,
      };
    },

    publishUnpublishedEntry: async (params) => {
      const live = await liveBranch(params);
      const { branch, collection, slug } = draftBranch(params);
      const tip = await git.tip(branch);
      if (!tip) throw new Refusal(404, `草稿“${branch}”不存在，可能已被发布或删除。请刷新页面。`);
      const changes = await draftChanges(live, tip);
      await assertNoErrors(root, changes, '没有发布');
      await commitToLive(live, changes, `发布 ${collection}“${slug}”`, { keepLocalEdits: true });
      await git.deleteBranch(branch);
      return {
        body: { message: `branch ${branch} merged to ${live}` },
        summary: `${branch} → ${live}`,
        published: changes.filter((change) => change.bytes).map((change) => change.file),
      };
    },

    getMedia: async (params) => {
      const branch = await liveBranch(params);
      if (allowedFolder(params.mediaFolder) !== 'media') throw new Refusal(403, '只能列出图片文件夹 content/media/。');
      const reader = await readerOf(branch);
      const files: ReturnType<typeof mediaJson>[] = [];
      for (const path of await reader.list('media')) {
        let file: AllowedFile;
        try {
          file = allowedFile(path, 'media');
        } catch {
          continue;
        }
        const bytes = await reader.read(file);
        if (bytes) files.push(mediaJson(file, bytes));
      }
      return { body: files, summary: `content/media/（${files.length} 个）` };
    },

    getMediaFile: async (params) => {
      const branch = await liveBranch(params);
      const file = allowedFile(params.path, 'media');
      const bytes = await (await readerOf(branch)).read(file);
      if (!bytes) throw new Refusal(404, `找不到图片“${file.path}”。`);
      return { body: mediaJson(file, bytes), summary: file.path };
    },

    persistMedia: async (params) => {
      await liveBranch(params);
      const asset = (params.asset ?? {}) as { path?: unknown; content?: unknown };
      const file = allowedFile(asset.path, 'media');
      const problems = await imageErrors(file, base64(asset.content, file.path));
      throw new Refusal(
        403,
        `${problems.map((problem) => `${problem.file}：${problem.message}\n`).join('')}没有上传“${file.path}”：在“媒体”页直接上传的图片会不经审核直接发布。请打开要用这张图片的条目，在图片栏或正文中点“选择图片”上传，图片会随条目一起保存为草稿、经审核后发布。`,
      );
    },

    deleteFile: async (params) => actions.deleteFiles!({ ...params, paths: [params.path] }),

    deleteFiles: async (params) => {
      const live = await liveBranch(params);
      const files = asArray(params.paths, 'paths').map((path) => allowedFile(path));
      const changes = files.map((file) => ({ file, bytes: undefined }));
      for (const change of changes) fileOnDisk(root, change.file);
      await assertNoErrors(root, changes, '没有删除');
      const options = (params.options ?? {}) as { commitMessage?: unknown };
      await commitToLive(
        live,
        changes,
        typeof options.commitMessage === 'string' && options.commitMessage
          ? options.commitMessage
          : `删除 ${files.map((file) => file.path).join('、')}`,
        { keepLocalEdits: true },
      );
      return {
        body: { message: `deleted files ${files.map((file) => file.path).join(', ')}` },
        summary: files.map((file) => file.path).join('、'),
        published: [],
      };
    },

    getDeployPreview: async () => ({ body: null }),
  };
  return actions;
}
