import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { checkContent, checkEntryText } from '../checks/content-check';
import { error, type Problem } from '../checks/problem';
import { formatProblems } from '../checks/report';
import { MAX_UPLOAD_BYTES } from '../schema/to-decap';
import { mediaFileProblems } from '../media/file-checks';
import { mediaKindOf } from '../media/kinds';
import { fileOnDisk, Refusal, type AllowedFile } from './policy';

/** One file a save or publication would write (`bytes`) or remove (`bytes` undefined). */
export interface FileChange {
  readonly file: AllowedFile;
  readonly bytes?: Buffer | undefined;
}

const IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'avif'];

/** The content check's limits for one uploaded image (the same as `npm run check` applies to content/media/). */
export async function imageErrors(file: AllowedFile, bytes: Buffer): Promise<Problem[]> {
  if (bytes.length > MAX_UPLOAD_BYTES) {
    return [
      error(
        file.path,
        `图片超过 ${MAX_UPLOAD_BYTES / 1_000_000} MB（这张 ${(bytes.length / 1_000_000).toFixed(1)} MB）。请压缩或缩小后重新上传（长边 2000 像素以内足够网页使用）。`,
      ),
    ];
  }
  try {
    const { format } = await sharp(bytes).metadata();
    if (!IMAGE_FORMATS.includes(format ?? '')) throw new Error(String(format));
  } catch {
    return [error(file.path, '这不是有效的图片文件（JPG、PNG、WebP 或 GIF）。请重新导出图片后上传。')];
  }
  return [];
}

const key = (problem: Problem) => `${problem.file}\0${problem.field ?? ''}\0${problem.message}`;

/**
 * The errors `npm run check` would report if `changes` were applied to the content of `root`:
 * every error of the changed files (each checked as that file), every problem of the uploaded
 * images, and every error elsewhere that the change would cause (a link to an entry removed, a
 * clash of addresses). The check runs on a copy of content/; nothing in `root` is written.
 */
export async function errorsOfChange(root: string, changes: readonly FileChange[]): Promise<Problem[]> {
  const copy = mkdtempSync(join(tmpdir(), 'cms-check-'));
  try {
    cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true, verbatimSymlinks: true });
    if (existsSync(join(root, 'public'))) symlinkSync(join(root, 'public'), join(copy, 'public'));
    for (const { file, bytes } of changes) {
      // The copy keeps content/'s symbolic links as links: a path through one is refused here,
      // before anything is written through it.
      const target = fileOnDisk(copy, file);
      if (bytes) writeFileSync(target, bytes);
      else if (existsSync(target)) unlinkSync(target);
    }
    const errors: Problem[] = [];
    for (const { file, bytes } of changes) {
      if (!bytes) continue;
      // Attachments, videos and captions: the content check's own rules, on the file as written to the copy.
      if (file.kind === 'media')
        errors.push(
          ...(mediaKindOf(file.name) ? await mediaFileProblems(copy, file.path) : await imageErrors(file, bytes)),
        );
      else
        errors.push(
          ...checkEntryText(copy, file.folder, file.name, bytes).filter((problem) => problem.severity === 'error'),
        );
    }
    if (errors.length > 0) return errors;
    const changed = new Set(changes.map(({ file }) => file.path));
    const after = (await checkContent(copy)).problems.filter((problem) => problem.severity === 'error');
    if (after.every((problem) => changed.has(problem.file))) return after;
    // Errors in other files: only those the change causes (the rest were there before it).
    const before = new Set(
      (await checkContent(root)).problems.filter((problem) => problem.severity === 'error').map(key),
    );
    return after.filter((problem) => changed.has(problem.file) || !before.has(key(problem)));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Refuses the request with the content check's own messages when `changes` have errors. */
export async function assertNoErrors(root: string, changes: readonly FileChange[], doing: string): Promise<void> {
  const errors = await errorsOfChange(root, changes);
  if (errors.length === 0) return;
  throw new Refusal(422, `内容检查未通过，${doing}：\n${formatProblems(errors)}`, {
    problems: errors.map(({ file, line, field, message }) => ({ file, line, field, message })),
  });
}
