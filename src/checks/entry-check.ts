import { ARTICLE_COLLECTIONS, SECTIONS } from '../config/sections';
import { findPersonalData, maskNumber } from '../lib/pii';
import { entryIdFromPath } from '../lib/slugs';
import type { CollectionDeclaration } from '../schema/collection';
import type { EntryProblem } from '../schema/entry-problems';
import { MAX_UPLOAD_BYTES } from '../schema/to-decap';
import { bodyProblems } from './body';
import { lineOfKey, parseYaml, splitFrontMatter } from './front-matter';
import { linksInBody, type FoundLink } from './links';
import { error, type Problem } from './problem';

/**
 * The checks of one entry's text that need no file system: run by the content check
 * (content-check.ts) on every file and by the CMS in the browser before a save or a publish
 * (admin/checks.ts), so both refuse the same things with the same messages.
 */

/** Largest upload, in bytes (the CMS refuses bigger files, the content check flags them). */
export { MAX_UPLOAD_BYTES };

/** Image formats the site publishes (sharp's names), and the file extensions the CMS accepts. */
export const IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'avif'] as const;
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'avif'] as const;

export const imageTooLargeMessage = `图片超过 ${MAX_UPLOAD_BYTES / 1_000_000} MB。请压缩或缩小后重新上传（长边 2000 像素以内足够网页使用）。`;
export const notAnImageMessage = '这不是有效的图片文件（JPG、PNG、WebP 或 GIF）。请重新导出图片后上传。';
export const exifMessage =
  '图片带有拍摄信息（EXIF，可能含拍摄地点）。发布时网站会自动去除，原图仍保存在仓库中；如涉及隐私，请用去除位置信息的图片替换。';

/** What checking one content file found without looking at other files' contents. */
export interface EntryFindings {
  readonly problems: readonly Problem[];
  readonly links: readonly FoundLink[];
  /** The entry's id and front matter, when it parsed: what the checks across entries need. */
  readonly entry?: { readonly id: string; readonly data: Record<string, unknown> };
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

export function personalDataProblems(text: string, file: string, allowed: readonly string[]): Problem[] {
  return findPersonalData(text, allowed).map((match) =>
    error(
      file,
      `发现疑似${match.kind}“${maskNumber(match.value)}”。网站不得公布个人身份证号、手机号、银行卡号等个人信息，请删除；如是官方公开电话，请先在“网站设置 → 公开热线”中登记。`,
      { line: lineAt(text, match.index) },
    ),
  );
}

/**
 * Checks the text of one entry file (`content/<collection>/<name>`): personal data, front matter,
 * the collection's schema and rules (through `validate`), and the body.
 */
export function checkEntryText(
  declaration: CollectionDeclaration,
  text: string,
  file: string,
  hotlines: readonly string[],
  validate: (declaration: CollectionDeclaration, data: unknown, file: string) => EntryProblem[],
): EntryFindings {
  const problems = personalDataProblems(text, file, hotlines);
  const split = declaration.format === 'md' ? splitFrontMatter(text, file) : { yaml: text, body: '', bodyLine: 0 };
  if ('severity' in split) return { problems: [...problems, split], links: [] };
  const firstLine = declaration.format === 'md' ? 2 : 1;
  const result = parseYaml(split.yaml, file, firstLine);
  if ('problems' in result) return { problems: [...problems, ...result.problems], links: [] };
  for (const problem of validate(declaration, result.data, file)) {
    const key = problem.field.split('.')[0] ?? '';
    problems.push(error(file, problem.message, { field: problem.field || undefined, line: key ? lineOfKey(split.yaml, key, firstLine) : undefined }));
  }
  const isMarkdown = declaration.format === 'md';
  if (isMarkdown) problems.push(...bodyProblems(split.body, file, split.bodyLine));
  return {
    problems,
    links: isMarkdown ? linksInBody(split.body, file, split.bodyLine) : [],
    entry: { id: entryIdFromPath(file.slice(file.lastIndexOf('/') + 1)), data: result.data },
  };
}

/** An entry as the link check sees it. */
export interface PageEntry {
  readonly collection: string;
  readonly id: string;
  readonly draft: boolean;
}

/** The site paths the published content produces, which links may point at. */
export function publishedPages(entries: readonly PageEntry[]): Set<string> {
  const pages = new Set<string>(['/', '/tags/', '/search/', ...SECTIONS.map((section) => `/${section.collection}/`)]);
  for (const entry of entries) {
    if (!entry.draft && (ARTICLE_COLLECTIONS as readonly string[]).includes(entry.collection)) pages.add(`/${entry.collection}/${entry.id}/`);
  }
  return pages;
}

/** Paths that name an entry page (a link to one that does not exist is an error). */
export const ENTRY_PAGE_PATTERN = new RegExp(`^/(${ARTICLE_COLLECTIONS.join('|')})/[^/]+/$`);
