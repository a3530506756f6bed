import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import sharp from 'sharp';
import { isPast, toChineseDay } from '../lib/dates';
import type { CollectionDeclaration } from '../schema/collection';
import { declarations } from '../schema/collections';
import { entryValidator } from '../schema/validate';
import { mdxFileProblem } from './body';
import { checkContext, ContentCheckCache, type FileFindings } from './check-cache';
import {
  checkEntryText,
  ENTRY_PAGE_PATTERN,
  exifMessage,
  IMAGE_FORMATS,
  imageTooLargeMessage,
  MAX_UPLOAD_BYTES,
  notAnImageMessage,
  publishedPages,
} from './entry-check';
import { lineOfKey, parseYaml } from './front-matter';
import { linkProblems, type FoundLink } from './links';
import { error, warning, type Problem } from './problem';
import { decodeContent } from './read-text';

/** An entry file that parsed: what later checks need. */
interface ParsedEntry {
  readonly declaration: CollectionDeclaration;
  readonly file: string;
  readonly id: string;
  readonly data: Record<string, unknown>;
}

/**
 * Problems of the uploaded images. Every image's header is read at once: sharp reads them on its
 * own threads, while the caller goes on checking entries.
 */
async function imageProblems(root: string): Promise<Problem[]> {
  const folder = join(root, 'content/media');
  if (!existsSync(folder)) return [];
  const perImage = readdirSync(folder).map(async (name): Promise<Problem[]> => {
    const file = `content/media/${name}`;
    const path = join(folder, name);
    const problems: Problem[] = [];
    if (statSync(path).size > MAX_UPLOAD_BYTES) problems.push(error(file, imageTooLargeMessage));
    try {
      const metadata = await sharp(path).metadata();
      if (!(IMAGE_FORMATS as readonly string[]).includes(metadata.format ?? '')) throw new Error(metadata.format);
      if (metadata.exif) problems.push(warning(file, exifMessage));
    } catch {
      problems.push(error(file, notAnImageMessage));
    }
    return problems;
  });
  return (await Promise.all(perImage)).flat();
}

/** What checking one entry file on its own finds (see FileFindings). */
function checkEntryFile(
  declaration: CollectionDeclaration,
  bytes: Uint8Array,
  name: string,
  hotlines: readonly string[],
  validate: ReturnType<typeof entryValidator>,
): FileFindings {
  const file = `content/${declaration.name}/${name}`;
  const decoded = decodeContent(bytes, file);
  if ('problem' in decoded) return { problems: [decoded.problem], links: [] };
  return checkEntryText(declaration, decoded.text, file, hotlines, validate);
}

/**
 * Every problem in `content/`, errors and warnings, in file order. With a `cacheFile` (the build
 * passes one in Astro's cache folder), a file whose bytes and context are unchanged since the
 * previous check is not checked on its own again (see check-cache.ts); the checks across files
 * (same URLs, links, review dates, images) run in full every time.
 */
export async function checkContent(root: string, now: Date = new Date(), { cacheFile }: { cacheFile?: string } = {}): Promise<{ problems: Problem[]; files: number }> {
  const problems: Problem[] = [];
  const parsed: ParsedEntry[] = [];
  const links: FoundLink[] = [];
  const validate = entryValidator(root);
  const images = imageProblems(root);
  const cache = cacheFile ? new ContentCheckCache(cacheFile, checkContext(root)) : undefined;
  let files = 0;

  const settingsText = existsSync(join(root, 'content/settings/site.yml')) ? readFileSync(join(root, 'content/settings/site.yml'), 'utf8') : '';
  const hotlines = ((parseYaml(settingsText, '', 1) as { data?: { hotlines?: { number?: unknown }[] } }).data?.hotlines ?? []).map((line) =>
    String(line.number ?? ''),
  );

  for (const declaration of declarations) {
    const folder = join(root, 'content', declaration.name);
    if (!existsSync(folder)) continue;
    const ids = new Map<string, string>();
    for (const name of readdirSync(folder).sort()) {
      const file = `content/${declaration.name}/${name}`;
      const extension = extname(name).toLowerCase();
      if (extension === '.mdx') {
        problems.push(mdxFileProblem(file));
        continue;
      }
      const expected = declaration.format === 'md' ? ['.md'] : ['.yml', '.yaml'];
      if (!expected.includes(extension)) {
        problems.push(warning(file, `这个文件不会被发布：“${declaration.label}”栏目只读取 ${expected.join('、')} 文件。`));
        continue;
      }
      files++;
      const bytes = readFileSync(join(folder, name));
      const check = () => checkEntryFile(declaration, bytes, name, hotlines, validate);
      const findings = cache ? cache.findingsOf(file, bytes, check) : check();
      problems.push(...findings.problems);
      links.push(...findings.links);
      if (!findings.entry) continue;
      const { id } = findings.entry;
      const clash = ids.get(id);
      if (clash) {
        const url = `/${declaration.name}/${id}/`;
        problems.push(error(file, `与 ${clash} 的网址相同（${url}）。请给其中一个文件改名。`));
        problems.push(error(clash, `与 ${file} 的网址相同（${url}）。请给其中一个文件改名。`));
      }
      ids.set(id, file);
      parsed.push({ declaration, file, id, data: findings.entry.data });
    }
  }
  cache?.save();

  // Links may only point at pages the published content produces.
  const isPublished = (entry: ParsedEntry) => entry.data.draft !== true;
  const pages = publishedPages(parsed.map((entry) => ({ collection: entry.declaration.name, id: entry.id, draft: !isPublished(entry) })));
  const publicFolder = join(root, 'public');
  const publicFiles = new Set(existsSync(publicFolder) ? readdirSync(publicFolder, { recursive: true, encoding: 'utf8' }).map((name) => `/${name}`) : []);
  const settingsLink = (parseYaml(settingsText, '', 1) as { data?: { banner?: { link?: unknown } } }).data?.banner?.link;
  if (typeof settingsLink === 'string' && settingsLink.startsWith('/')) {
    links.push({ href: settingsLink, file: 'content/settings/site.yml', line: lineOfKey(settingsText, 'banner', 1) ?? 1 });
  }
  problems.push(...linkProblems(links, pages, ENTRY_PAGE_PATTERN, publicFiles));

  // Health advice goes stale: published knowledge past its review date is flagged, not blocked.
  for (const entry of parsed.filter((candidate) => candidate.declaration.name === 'knowledge' && isPublished(candidate))) {
    const next = entry.data.nextReview;
    const day = next instanceof Date ? next : typeof next === 'string' ? new Date(`${next}T00:00:00Z`) : undefined;
    if (day && !Number.isNaN(day.getTime()) && isPast(day, now) && !entry.data.supersededBy && !entry.data.withdrawn) {
      problems.push(warning(entry.file, `已超过审核期限（下次审核：${toChineseDay(day)}）。请卫生健康部门复核后更新“审核日期”和“下次审核”。`, { field: 'nextReview' }));
    }
  }

  problems.push(...(await images));
  return { problems: problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)), files };
}
