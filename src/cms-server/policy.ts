import { lstatSync, realpathSync } from 'node:fs';
import { acceptsMdx, collectionOfCmsName } from '../mdx/collections';
import { join } from 'node:path';
import { declarations } from '../schema/collections';
import { MEDIA_FOLDER } from '../schema/to-decap';
import { FILE_KINDS, IMAGE_EXTENSIONS, MEDIA_FILE_KINDS } from '../media/kinds';

/**
 * What the local CMS server may touch: the files directly inside each collection's folder
 * (`content/<collection>/<name>.md|.yml`) and the images directly inside the media folder
 * (`content/media/<name>.jpg`), attachments, videos and captions (`.pdf`, `.mp4`, `.vtt` …). Everything else in the repository is out of reach.
 */

/** A request the server refuses; `message` is Chinese and is shown to the editor by Decap. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** One file the server may read or write. */
export interface AllowedFile {
  /** Repository-relative path with `/`, e.g. `content/knowledge/masks.md`. */
  readonly path: string;
  /** `media`, or the collection the file belongs to. */
  readonly folder: string;
  readonly name: string;
  readonly kind: 'entry' | 'media';
}

const ALLOWED_SUMMARY = `只能读写各栏目文件夹（${declarations.map((declaration) => `content/${declaration.name}/`).join('、')}）中的条目文件和媒体库 ${MEDIA_FOLDER}/ 中的图片、附件、视频和字幕`;

/** What the media folder takes besides images: attachments, videos and captions (src/media/kinds.ts), with their limits. */
export const MEDIA_EXTENSIONS: readonly string[] = [
  ...IMAGE_EXTENSIONS.map((extension) => `.${extension}`),
  ...MEDIA_FILE_KINDS.flatMap((kind) => FILE_KINDS[kind].extensions.map((extension) => `.${extension}`)),
];

const extensionsOf = (folder: string): readonly string[] => {
  if (folder === 'media') return MEDIA_EXTENSIONS;
  const declaration = declarations.find((candidate) => candidate.name === folder);
  if (declaration?.format !== 'md') return ['.yml', '.yaml'];
  // Article collections also hold .mdx entries (src/mdx/), which the CMS edits as a twin collection.
  return acceptsMdx(folder) ? ['.md', '.mdx'] : ['.md'];
};

const labelOf = (folder: string) =>
  folder === 'media'
    ? '图片文件夹'
    : `“${declarations.find((declaration) => declaration.name === folder)?.label ?? folder}”栏目`;

const shown = (value: unknown) => JSON.stringify(String(value).slice(0, 200)).slice(1, -1);

const refuse = (path: unknown, why: string) =>
  new Refusal(403, `不允许访问“${shown(path)}”：${why}。本地内容管理服务${ALLOWED_SUMMARY}。`);

const folders = () => new Set<string>([...declarations.map((declaration) => declaration.name), 'media']);

/** The folder part of a path, if it is exactly `content/<collection>` or `content/media` (a trailing `/` is allowed). */
export function allowedFolder(folder: unknown): string {
  if (typeof folder !== 'string') throw refuse(folder, '路径必须是文字');
  const match = /^content\/([a-z]+)\/?$/.exec(folder);
  if (!match || !folders().has(match[1]!)) throw refuse(folder, '这不是栏目文件夹或图片文件夹');
  return match[1]!;
}

/** Checks a path's spelling (not yet the disk): a direct child of an allowed folder with an allowed extension. */
export function allowedFile(path: unknown, kind?: 'entry' | 'media'): AllowedFile {
  if (typeof path !== 'string' || path.length === 0) throw refuse(path, '路径必须是非空的文字');
  if (path.length > 300) throw refuse(path, '路径过长');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) throw refuse(path, '路径含有控制字符');
  if (path.includes('\\')) throw refuse(path, '路径不能含有反斜杠');
  if (/[*?[\]:"<>|]/.test(path)) throw refuse(path, '路径不能含有 * ? [ ] : " < > | 等符号');
  if (path.startsWith('/') || /^[a-z]:/i.test(path)) throw refuse(path, '不能使用绝对路径');
  const segments = path.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..'))
    throw refuse(path, '路径不能含有“..”、“.”或空的部分');
  if (segments.some((segment) => segment.startsWith('.')))
    throw refuse(path, '不能访问以“.”开头的文件或文件夹（如 .git）');
  if (segments[0] !== 'content' || segments.length < 3 || !folders().has(segments[1]!))
    throw refuse(path, '这个文件不在栏目文件夹或图片文件夹中');
  const folder = segments[1]!;
  if (segments.length !== 3) throw refuse(path, `${labelOf(folder)}不允许子文件夹`);
  const name = segments[2]!;
  const extension = /\.[^.]+$/.exec(name)?.[0]?.toLowerCase() ?? '';
  const allowed = extensionsOf(folder);
  if (!allowed.includes(extension)) throw refuse(path, `${labelOf(folder)}只允许 ${allowed.join('、')} 文件`);
  const fileKind = folder === 'media' ? 'media' : 'entry';
  if (kind && kind !== fileKind)
    throw refuse(path, kind === 'media' ? '图片只能保存在图片文件夹 content/media/ 中' : '条目只能保存在栏目文件夹中');
  return { path, folder, name, kind: fileKind };
}

/**
 * The absolute path of an allowed file in the working tree, after checking the disk: neither
 * `content`, the folder nor the file may be a symbolic link (a link inside content/ could point
 * anywhere), and the folder must really be inside the repository.
 */
export function fileOnDisk(root: string, file: AllowedFile): string {
  const realRoot = realpathSync(root);
  let current = realRoot;
  for (const segment of file.path.split('/')) {
    current = join(current, segment);
    let stat;
    try {
      stat = lstatSync(current);
    } catch {
      break; // not there (yet): nothing below it can be a link either
    }
    if (stat.isSymbolicLink()) throw refuse(file.path, '符号链接不允许读写（它可能指向仓库以外）');
    if (current !== join(realRoot, file.path) && !stat.isDirectory())
      throw refuse(file.path, '路径中的文件夹不是文件夹');
    if (current === join(realRoot, file.path) && !stat.isFile()) throw refuse(file.path, '这不是普通文件');
  }
  return join(realRoot, file.path);
}

/** The absolute path of an allowed folder in the working tree, or undefined when it does not exist; links are refused. */
export function folderOnDisk(root: string, folder: string): string | undefined {
  const realRoot = realpathSync(root);
  let current = realRoot;
  for (const segment of ['content', folder]) {
    current = join(current, segment);
    let stat;
    try {
      stat = lstatSync(current);
    } catch {
      return undefined;
    }
    if (stat.isSymbolicLink()) throw refuse(`content/${folder}`, '符号链接不允许读写（它可能指向仓库以外）');
    if (!stat.isDirectory()) return undefined;
  }
  return current;
}

/** A collection name the server knows: a collection, or the CMS's twin of one for its .mdx entries (`knowledge-mdx`). */
export function allowedCollection(collection: unknown): string {
  if (
    typeof collection !== 'string' ||
    !declarations.some((declaration) => declaration.name === collectionOfCmsName(collection))
  ) {
    throw new Refusal(400, `没有名为“${shown(collection)}”的栏目。`);
  }
  return collection;
}

/** An entry slug usable in a branch name `cms/<collection>/<slug>`: one path segment, no git-special characters. */
export function allowedSlug(slug: unknown): string {
  if (
    typeof slug !== 'string' ||
    slug.length === 0 ||
    slug.length > 200 ||
    // eslint-disable-next-line no-control-regex
    /[\s/\\~^:?*[\u0000-\u001f\u007f]|\.\.|@\{|^[.-]|\.lock$|\.$/.test(slug)
  ) {
    throw new Refusal(400, `条目名“${shown(slug)}”不能用作草稿名：只能是一个文件名（不含 /、空格或 ..）。`);
  }
  return slug;
}
