import { ARTICLE_COLLECTIONS, SECTIONS } from '../config/sections';
import { describeMatch, findPersonalData, type Allowed } from '../lib/pii';
import { entryIdFromPath } from '../lib/slugs';
import type { CollectionDeclaration } from '../schema/collection';
import type { EntryProblem } from '../schema/entry-problems';
import { MAX_UPLOAD_BYTES } from '../schema/to-decap';
import { bodyProblems, sizeProblem } from './body';
import { frontMatterUrlProblems } from './front-matter-urls';
import { lineOfKey, parseYaml, splitFrontMatter } from './front-matter';
import { linksInBody, type FoundLink } from './links';
import { error, warning, type Problem } from './problem';
import { SCRIPT_COLLECTIONS, scriptProblems } from './script';

/**
 * The checks of one entry's text that need no file system: run by the content check
 * (content-check.ts) on every file and by the CMS in the browser before a save or a publish
 * (admin/checks.ts), so both refuse the same things with the same messages.
 */

/** Largest upload, in bytes (the CMS refuses bigger files, the content check flags them). */
export { MAX_UPLOAD_BYTES };

/** Image formats the site publishes (sharp's names; the extensions: IMAGE_EXTENSIONS in src/media/kinds.ts). */
export const IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'avif'] as const;

export const imageTooLargeMessage = `图片超过 ${MAX_UPLOAD_BYTES / 1_000_000} MB。请压缩或缩小后重新上传（长边 2000 像素以内足够网页使用）。`;
export const notAnImageMessage = '这不是有效的图片文件（JPG、PNG、WebP 或 GIF）。请重新导出图片后上传。';

/** What checking one content file found without looking at other files' contents. */
export interface EntryFindings {
  readonly problems: readonly Problem[];
  readonly links: readonly FoundLink[];
  /** The entry's id and front matter, when it parsed: what the checks across entries need. */
  readonly entry?: { readonly id: string; readonly data: Record<string, unknown> };
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/**
 * Personal data anywhere in a file (front matter, YAML, body): identifiers are errors; landlines,
 * e-mail addresses and home addresses, which may be official, are warnings. Official numbers and
 * addresses listed in settings are allowed.
 */
export function personalDataProblems(text: string, file: string, allowed: Allowed | readonly string[]): Problem[] {
  return findPersonalData(text, allowed).map((match) => {
    const where = { line: lineAt(text, match.index) };
    if (match.severity === 'error') {
      return error(
        file,
        `发现疑似${match.kind}“${describeMatch(match)}”。网站不得公布个人身份证号、手机号、银行卡号等个人信息，请删除；如是官方公开电话，请先在“网站设置 → 公开热线”中登记。`,
        where,
      );
    }
    const official = match.kind === '电子邮箱' ? '“网站设置 → 联系方式 → 电子邮箱”' : '“网站设置 → 公开热线”';
    return warning(
      file,
      match.kind === '家庭住址'
        ? `发现疑似${match.kind}“${describeMatch(match)}”（楼号、单元、门牌）。请勿公布个人住址，只写到小区或社区即可；如是公开办公地点可忽略本提醒。`
        : `发现${match.kind}“${describeMatch(match)}”。如是个人的${match.kind === '电子邮箱' ? '邮箱' : '电话'}请删除；如是官方公开的，请在${official}中登记，本提醒即消失。`,
      where,
    );
  });
}

/** The file name becomes the page's public address: no personal number may sit in it. */
function fileNameProblems(name: string, file: string, allowed: Allowed | readonly string[]): Problem[] {
  return findPersonalData(name.replace(/\.[^.]+$/, ''), allowed).map((match) =>
    (match.severity === 'error' ? error : warning)(
      file,
      `文件名中有疑似${match.kind}“${describeMatch(match)}”。文件名会成为公开网址，请把文件改名（用拼音或英文描述内容，如 qin-xi-shou.md）。`,
    ),
  );
}

/** Collections of public places (practice centers, clinics) whose `phone` field is the place's office phone. */
const PLACE_COLLECTIONS: ReadonlySet<string> = new Set(['centers', 'clinics']);

/** The allowed official contacts, plus the office phone a place publishes in its own `phone` field. */
function withOwnPhone(
  allowed: Allowed | readonly string[],
  declaration: CollectionDeclaration,
  data?: Record<string, unknown>,
): Allowed | readonly string[] {
  if (
    !PLACE_COLLECTIONS.has(declaration.name) ||
    typeof data?.phone !== 'string' ||
    !/^\d{3,4}-\d{7,8}$/.test(data.phone)
  )
    return allowed;
  const base: Allowed = Array.isArray(allowed) ? { numbers: allowed as readonly string[] } : (allowed as Allowed);
  return { ...base, numbers: [...(base.numbers ?? []), data.phone] };
}

/** The Markdown body of an entry file, where it has one, and the line it starts on. */
export interface EntryBody {
  readonly body: string;
  readonly bodyLine: number;
}

/**
 * Checks the text of one entry file (`content/<collection>/<name>`): its name, size, personal data,
 * front matter, the collection's schema and rules (through `validate`), addresses in front matter,
 * and the body. What needs other files (links, body images) is returned for the caller to check.
 */
export function checkEntryText(
  declaration: CollectionDeclaration,
  text: string,
  file: string,
  hotlines: Allowed | readonly string[],
  validate: (declaration: CollectionDeclaration, data: unknown, file: string) => EntryProblem[],
  /** Checks the body instead of the Markdown rules (an .mdx file: src/mdx/check.ts, which needs Node). */
  bodyCheck?: (text: string, body: EntryBody) => Problem[],
): EntryFindings & { body?: EntryBody } {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const named = fileNameProblems(name, file, hotlines);
  const tooBig = sizeProblem(text, file);
  // A file this big is not parsed further: its size is the one thing to fix.
  if (tooBig) return { problems: [...named, tooBig], links: [] };
  // Every field and the body, YAML included, are searched as text; a center's own office phone (its `phone` field) is public.
  const personal = (data?: Record<string, unknown>) => [
    ...named,
    ...personalDataProblems(text, file, withOwnPhone(hotlines, declaration, data)),
  ];

  const split = declaration.format === 'md' ? splitFrontMatter(text, file) : { yaml: text, body: '', bodyLine: 0 };
  // An .mdx file without front matter is still parsed for what MDX could run.
  if ('severity' in split)
    return {
      problems: [...personal(), split, ...(bodyCheck ? bodyCheck(text, { body: text, bodyLine: 1 }) : [])],
      links: [],
    };
  const firstLine = declaration.format === 'md' ? 2 : 1;
  const result = parseYaml(split.yaml, file, firstLine);
  if ('problems' in result) return { problems: [...personal(), ...result.problems], links: [] };
  const problems = personal(result.data);
  for (const problem of validate(declaration, result.data, file)) {
    const key = problem.field.split('.')[0] ?? '';
    problems.push(
      error(file, problem.message, {
        field: problem.field || undefined,
        line: key ? lineOfKey(split.yaml, key, firstLine) : undefined,
      }),
    );
  }
  problems.push(...frontMatterUrlProblems(result.data, split.yaml, file, firstLine));
  const isMarkdown = declaration.format === 'md';
  if (isMarkdown)
    problems.push(...(bodyCheck ? bodyCheck(text, split) : bodyProblems(split.body, file, split.bodyLine)));
  if (isMarkdown && SCRIPT_COLLECTIONS.has(declaration.name))
    problems.push(...scriptProblems(split.body, file, split.bodyLine));
  return {
    problems,
    links: isMarkdown ? linksInBody(split.body, file, split.bodyLine) : [],
    entry: { id: entryIdFromPath(name), data: result.data },
    ...(isMarkdown ? { body: { body: split.body, bodyLine: split.bodyLine } } : {}),
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
    if (!entry.draft && (ARTICLE_COLLECTIONS as readonly string[]).includes(entry.collection))
      pages.add(`/${entry.collection}/${entry.id}/`);
  }
  return pages;
}

/** Paths that name an entry page (a link to one that does not exist is an error). */
export const ENTRY_PAGE_PATTERN = new RegExp(`^/(${ARTICLE_COLLECTIONS.join('|')})/[^/]+/$`);
