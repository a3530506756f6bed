import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { IMAGE_EXTENSIONS } from '../media/kinds';
import { error, type Problem } from './problem';
import { contentDir } from '../config/content-dir';

/**
 * Where content may come from: the repository's own `content/` folder, after symlinks are
 * resolved. A path that leaves it (`../../../outside.png`, a symlink to another folder) would
 * publish a file nobody reviewed as content, so the check refuses it before the build reads it.
 */
export function contentFolder(root: string): string {
  return join(realpathSync(root), contentDir());
}

/** Whether `path` (absolute) is a file or folder inside `content/` once every symlink is resolved; false when it does not exist. */
export function isInsideContent(root: string, path: string): boolean {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return false;
  }
  const inside = relative(contentFolder(root), real);
  return inside !== '' && !inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside);
}

/** Whether a file is an image the site can publish (IMAGE_EXTENSIONS). */
export const isImageName = (name: string): boolean =>
  (IMAGE_EXTENSIONS as readonly string[]).includes(extname(name).slice(1).toLowerCase());

/**
 * Why the build would not use the file at `file` (a path under `content/`, relative to the project)
 * as it stands: a symlink leading out of `content/` (or nowhere), a folder link, or a name the
 * collection's loader never reads (a leading dot, which hides a file from the loader's pattern).
 * Undefined for an ordinary file or a link to one inside `content/`.
 */
export function placementProblem(root: string, file: string): Problem | undefined {
  const path = join(root, file);
  const name = file.slice(file.lastIndexOf('/') + 1);
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) {
    if (!isInsideContent(root, path)) {
      return error(
        file,
        '这是一个链接（symlink），指向 content 文件夹以外或不存在的文件。网站只发布 content 文件夹里的文件，请删除这个链接，把文件本身放进来。',
      );
    }
    if (lstatSync(realpathSync(path)).isDirectory()) {
      return error(
        file,
        '这是一个指向文件夹的链接（symlink）。网站不读取链接的文件夹，请删除这个链接，把文件本身放进来。',
      );
    }
  }
  if (name.startsWith('.')) {
    return error(
      file,
      `文件名以“.”开头，网站不会发布这个文件（这样的文件在多数系统中是隐藏的）。请改为以文字或字母开头的文件名；如不需要，请删除。`,
    );
  }
  return undefined;
}

/**
 * Files and folders directly in `folder` (absolute), sorted, with whether each is a real folder
 * (symlinks are not followed). `.gitkeep`, which keeps an empty folder in git, is no content.
 */
export function folderItems(folder: string): { name: string; isFolder: boolean }[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((item) => item.name !== '.gitkeep')
    .map((item) => ({ name: item.name, isFolder: item.isDirectory() }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Every file under `folder` (relative to `root`), not following folder symlinks, as project-relative paths. */
export function filesUnder(root: string, folder: string): string[] {
  const files: string[] = [];
  const visit = (relativeFolder: string) => {
    for (const item of folderItems(join(root, relativeFolder))) {
      const path = `${relativeFolder}/${item.name}`;
      if (item.isFolder) visit(path);
      else files.push(path);
    }
  };
  visit(folder);
  return files;
}
