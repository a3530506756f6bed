import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ARTICLE_COLLECTIONS, SECTIONS } from '../config/sections';
import { hotlineNumbersOf, readSettingsFile, settingsFilePath } from '../config/settings-file';
import { toChineseDay } from '../lib/dates';
import { frontMatterDay, needsReview } from '../lib/review';
import type { Allowed } from '../lib/pii';
import type { CollectionDeclaration } from '../schema/collection';
import { declarations } from '../schema/collections';
import { entryValidator } from '../schema/validate';
import { mdxFileProblem, urlProblems } from './body';
import { checkContext, ContentCheckCache, type FileFindings } from './check-cache';
import { checkEntryText as checkEntryTextOnly, type EntryBody } from './entry-check';
import { lineOfKey } from './front-matter';
import { bodyImageProblems, imageFileProblems, imagesInBody, type FoundImage } from './images';
import { linkProblems, type FoundLink } from './links';
import { filesUnder, folderItems, isImageName, placementProblem } from './paths';
import { error, warning, type Problem } from './problem';
import { decodeContent } from './read-text';
import { mdxProblems, type MdxContext } from '../mdx/check';
import { acceptsMdx, mdxContextOf } from '../mdx/collections';
import { mediaFileProblems } from '../media/file-checks';
import { mediaKindOf } from '../media/kinds';
import { contentDir } from '../config/content-dir';

/** An entry file that parsed: what later checks need. */
interface ParsedEntry {
  readonly declaration: CollectionDeclaration;
  readonly file: string;
  readonly id: string;
  readonly data: Record<string, unknown>;
}

/**
 * Problems of every file under `content/` that is not an entry of a collection: images (wherever
 * they sit: content/media/ or next to an entry) get the image rules; anything else in a folder no
 * collection reads, or a link out of `content/`, would never be published and is an error. Every
 * image's header is read at once: sharp reads them on its own threads, while the caller goes on
 * checking entries.
 */
async function otherFileProblems(root: string, files: readonly string[]): Promise<Problem[]> {
  const perFile = files.map(async (file): Promise<Problem[]> => {
    const placement = placementProblem(root, file);
    if (placement) return [placement];
    if (isImageName(file)) return imageFileProblems(root, file);
    // Attachments, videos and their captions in the media folder (file fields, the 视频 block): size and format.
    if (
      file.startsWith(`${contentDir()}/media/`) &&
      !file.slice(`${contentDir()}/media/`.length).includes('/') &&
      mediaKindOf(file)
    )
      return mediaFileProblems(root, file);
    return [
      error(
        file,
        '这个文件不会被发布：网站只读取各栏目文件夹里（不含子文件夹）的文章文件、图片，以及媒体库 content/media 里的附件（PDF、Word、Excel）、视频和字幕。请把它移到对应栏目的文件夹里；如不需要，请删除。',
      ),
    ];
  });
  return (await Promise.all(perFile)).flat();
}

/** What checking one entry file on its own finds (see FileFindings). */
function checkEntryFile(
  declaration: CollectionDeclaration,
  bytes: Uint8Array,
  name: string,
  hotlines: Allowed | readonly string[],
  validate: ReturnType<typeof entryValidator>,
  mdx?: MdxContext,
): FileFindings {
  const file = `${contentDir()}/${declaration.name}/${name}`;
  const decoded = decodeContent(bytes, file);
  if ('problem' in decoded) return { problems: [decoded.problem], links: [] };
  // An .mdx file is parsed (never compiled) for what MDX could run (src/mdx/check.ts).
  const mdxCheck = mdx
    ? (text: string, body: EntryBody) => [
        ...mdxProblems(text, file, mdx),
        ...urlProblems(body.body, file, body.bodyLine),
      ]
    : undefined;
  const { body, ...findings } = checkEntryTextOnly(declaration, decoded.text, file, hotlines, validate, mdxCheck);
  // Body images are looked up on disk by the caller (bodyImageProblems).
  return body ? { ...findings, images: imagesInBody(body.body, file, body.bodyLine) } : findings;
}

/** The official numbers and e-mail addresses in settings (hotlines, contact), which are not personal data. */
function officialContactsOf(settings: Record<string, unknown>): Allowed {
  const numbers = hotlineNumbersOf(settings);
  const contact = settings.contact as { phone?: unknown; email?: unknown } | undefined;
  if (contact?.phone) numbers.push(String(contact.phone));
  return { numbers, emails: contact?.email ? [String(contact.email)] : [] };
}

/**
 * Every problem in `content/`, errors and warnings, in file order. With a `cacheFile` (the build
 * passes one in Astro's cache folder), a file whose bytes and context are unchanged since the
 * previous check is not checked on its own again (see check-cache.ts); the checks across files
 * (same URLs, links, review dates, images) run in full every time.
 */
export async function checkContent(
  root: string,
  now: Date = new Date(),
  { cacheFile }: { cacheFile?: string } = {},
): Promise<{ problems: Problem[]; files: number }> {
  const problems: Problem[] = [];
  const parsed: ParsedEntry[] = [];
  const links: FoundLink[] = [];
  const validate = entryValidator(root);
  const bodyImages: FoundImage[] = [];
  const cache = cacheFile ? new ContentCheckCache(cacheFile, checkContext(root)) : undefined;
  let files = 0;

  // Not UTF-8 or not YAML reads as empty: the check of the settings file itself says so.
  const settings = readSettingsFile(root, { strict: false });
  const officialContacts = officialContactsOf(settings.data);
  const mdxContext = mdxContextOf(root);

  const others: string[] = [];
  const contentRoot = join(root, contentDir());
  const collectionNames = new Set<string>(declarations.map((declaration) => declaration.name));
  // Folders no collection reads (content/media/) hold images; anything else in them is never published.
  for (const item of existsSync(contentRoot) ? folderItems(contentRoot) : []) {
    if (collectionNames.has(item.name) && item.isFolder) continue;
    others.push(
      ...(item.isFolder ? filesUnder(root, `${contentDir()}/${item.name}`) : [`${contentDir()}/${item.name}`]),
    );
  }
  for (const declaration of declarations) {
    const folder = join(root, contentDir(), declaration.name);
    if (!existsSync(folder)) continue;
    const ids = new Map<string, string>();
    for (const item of folderItems(folder)) {
      const { name } = item;
      const file = `${contentDir()}/${declaration.name}/${name}`;
      // The loader reads the collection's folder only: a subfolder's images may still be shown, nothing else in it is published.
      if (item.isFolder) {
        others.push(...filesUnder(root, file));
        continue;
      }
      const placement = placementProblem(root, file);
      if (placement) {
        problems.push(placement);
        continue;
      }
      // The loader's pattern is case-sensitive (*.md): “文章.MD” would be checked here and then silently left out.
      const extension = extname(name);
      if (extension.toLowerCase() === '.mdx' && !acceptsMdx(declaration.name)) {
        problems.push(mdxFileProblem(file));
        continue;
      }
      const expected =
        declaration.format === 'md' ? (acceptsMdx(declaration.name) ? ['.md', '.mdx'] : ['.md']) : ['.yml', '.yaml'];
      if (!expected.includes(extension)) {
        if (isImageName(name)) others.push(file);
        else
          problems.push(
            error(
              file,
              `这个文件不会被发布：“${declaration.label}”栏目只读取扩展名为 ${expected.join('、')}（小写）的文件。请改正扩展名；如不需要这个文件，请删除。`,
            ),
          );
        continue;
      }
      files++;
      const bytes = readFileSync(join(folder, name));
      const check = () =>
        checkEntryFile(
          declaration,
          bytes,
          name,
          officialContacts,
          validate,
          extension === '.mdx' ? mdxContext : undefined,
        );
      const findings = cache ? cache.findingsOf(file, bytes, check) : check();
      problems.push(...findings.problems);
      links.push(...findings.links);
      bodyImages.push(...(findings.images ?? []));
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
  const images = otherFileProblems(root, others);
  cache?.save();

  // Links may only point at pages the published content produces.
  const isPublished = (entry: ParsedEntry) => entry.data.draft !== true;
  const pages = new Set<string>(['/', '/tags/', '/search/', ...SECTIONS.map((section) => `/${section.collection}/`)]);
  for (const entry of parsed.filter(isPublished)) {
    if ((ARTICLE_COLLECTIONS as readonly string[]).includes(entry.declaration.name))
      pages.add(`/${entry.declaration.name}/${entry.id}/`);
  }
  const publicFolder = join(root, 'public');
  const publicFiles = new Set(
    existsSync(publicFolder)
      ? readdirSync(publicFolder, { recursive: true, encoding: 'utf8' }).map((name) => `/${name}`)
      : [],
  );
  const settingsLink = (settings.data.banner as { link?: unknown } | undefined)?.link;
  if (typeof settingsLink === 'string' && settingsLink.startsWith('/')) {
    links.push({ href: settingsLink, file: settingsFilePath(), line: lineOfKey(settings.text, 'banner', 1) ?? 1 });
  }
  const entryPattern = new RegExp(`^/(${ARTICLE_COLLECTIONS.join('|')})/[^/]+/$`);
  problems.push(...linkProblems(links, pages, entryPattern, publicFiles));

  // Health advice goes stale: published knowledge past its review date is flagged, not blocked.
  for (const entry of parsed.filter(
    (candidate) => candidate.declaration.name === 'knowledge' && isPublished(candidate),
  )) {
    const day = frontMatterDay(entry.data.nextReview);
    if (
      day &&
      needsReview(
        {
          nextReview: day,
          withdrawn: entry.data.withdrawn as string | undefined,
          supersededBy: entry.data.supersededBy,
        },
        now,
      )
    ) {
      problems.push(
        warning(
          entry.file,
          `已超过审核期限（下次审核：${toChineseDay(day)}）。请卫生健康部门复核后更新“审核日期”和“下次审核”。`,
          { field: 'nextReview' },
        ),
      );
    }
  }

  // Images are looked up every time: an unchanged entry may show an image that has since gone.
  problems.push(...bodyImageProblems(root, bodyImages));
  problems.push(...(await images));
  return { problems: problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)), files };
}

/**
 * Checks one entry's raw bytes as if they were the file `content/<collection>/<name>` under `root`
 * (images and relations resolve against that folder): the per-file part of checkContent, used by
 * the local CMS server before it saves or publishes an entry.
 */
export function checkEntryText(root: string, collection: string, name: string, bytes: Uint8Array): Problem[] {
  const declaration = declarations.find((candidate) => candidate.name === collection);
  if (!declaration) return [error(`${contentDir()}/${collection}/${name}`, `没有名为“${collection}”的栏目。`)];
  const hotlines = hotlineNumbersOf(readSettingsFile(root, { strict: false }).data);
  return [...checkEntryFile(declaration, bytes, name, hotlines, entryValidator(root)).problems];
}
