import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { imageReferenceProblem } from '../checks/images';
import { isInsideContent } from '../checks/paths';
import { error, type Problem } from '../checks/problem';
import {
  bytesMatchExtension,
  extensionList,
  extensionOf,
  FILE_KINDS,
  formatFileSize,
  limitText,
  mediaKindOf,
  type FileKind,
} from './kinds';
import { pdfPageCount } from './pdf-pages';
import { parseWebVtt } from './webvtt';
import { contentDir } from '../config/content-dir';

/**
 * The content check's rules for attachments, videos and captions: for a file field of an entry
 * (`fileReferenceProblem`, reported at the field) and for every such file in content/media/
 * (`mediaFileProblems`, reported at the file), so a file too large or not what its name says is
 * found whether or not an entry names it yet.
 */

export const MEDIA_FOLDER_PATH = 'content/media';

/** The first `length` bytes of a file. */
function head(path: string, length: number): Uint8Array {
  const buffer = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

/** What is wrong with the bytes of an existing file of this kind (size, content), or undefined. */
function contentProblem(path: string, kind: FileKind, shownName: string): string | undefined {
  const rule = FILE_KINDS[kind];
  const { size } = statSync(path);
  if (size > rule.maxBytes) {
    return `文件“${shownName}”有 ${formatFileSize(size)}，超过${rule.noun}的上限 ${limitText(kind)}。请压缩后重新上传${kind === 'video' ? '（网页视频 720p、H.264 编码的 MP4 一分钟约 10 MB）' : ''}。`;
  }
  if (size === 0) return `文件“${shownName}”是空文件。请重新导出后上传。`;
  const extension = extensionOf(shownName);
  // The pages find media files by their exact names: “方案.PDF” would be checked and then never linked.
  if (!shownName.endsWith(`.${extension}`))
    return `文件“${shownName}”的扩展名请改为小写（.${extension}），网站只发布小写扩展名的文件。`;
  if (kind === 'captions') {
    const result = parseWebVtt(readFileSync(path, 'utf8'));
    return 'problem' in result ? `字幕文件“${shownName}”${result.problem}` : undefined;
  }
  // DOCX and XLSX are told apart by the names in the ZIP's directory, at its end.
  const bytes = extension === 'docx' || extension === 'xlsx' ? readFileSync(path) : head(path, 4096);
  if (!bytesMatchExtension(bytes, extension)) {
    return `文件“${shownName}”的内容不是 ${extension.toUpperCase()} 格式（可能只是改了扩展名）。请用原软件另存为 ${extension.toUpperCase()} 后重新上传。`;
  }
  return undefined;
}

/**
 * What is wrong with an entry's file field (`src` as written, relative to the entry at `entryPath`,
 * an absolute path), in Chinese: a type the field does not take, a file that is missing, outside
 * the media folder, too large, or not what its extension says; undefined when it is fine.
 */
export function fileReferenceProblem(root: string, entryPath: string, kind: FileKind, src: string): string | undefined {
  const rule = FILE_KINDS[kind];
  if (!rule.extensions.includes(extensionOf(src)))
    return `“${src}”不是${rule.noun}。这里只能选择 ${extensionList(kind)} 文件。`;
  if (kind === 'poster') {
    const problem = imageReferenceProblem(root, entryPath, src);
    if (problem) return problem;
  }
  const path = resolve(dirname(entryPath), src);
  if (statSync(path, { throwIfNoEntry: false }) === undefined) {
    return `找不到文件“${src}”。请先上传到媒体库（content/media），路径填写为 ../media/文件名。`;
  }
  if (
    !isInsideContent(root, path) ||
    relative(join(root, contentDir(), 'media'), path).includes(sep) ||
    !statSync(path).isFile()
  ) {
    return `文件“${src}”不在媒体库 content/media 中（或是指向别处的链接）。网站只发布媒体库里的${rule.noun}：请通过编辑后台上传，路径填写为 ../media/文件名。`;
  }
  return kind === 'poster' ? undefined : contentProblem(path, kind, src);
}

/** Problems of one attachment, video or captions file under `content/` (a path relative to `root`). */
export async function mediaFileProblems(root: string, file: string): Promise<Problem[]> {
  const kind = mediaKindOf(file);
  if (!kind) return [];
  const path = resolve(root, file);
  const name = file.slice(file.lastIndexOf('/') + 1);
  const problem = contentProblem(path, kind, name);
  if (problem) return [error(file, problem)];
  if (extensionOf(file) === 'pdf' && (await pdfPageCount(readFileSync(path))) === undefined) {
    return [error(file, `文件“${name}”不是能打开的 PDF（文件损坏或不完整）。请重新导出 PDF 后上传。`)];
  }
  return [];
}
