import { urlsInBody } from '../markdown/body-urls';
import { warning, error, type Problem } from './problem';

/** A site-internal link found in an entry, with where it was found. */
export interface FoundLink {
  readonly href: string;
  readonly file: string;
  readonly line: number;
}

/** Markdown links, images and reference definitions whose target is a site path (starts with one `/`). */
export function linksInBody(body: string, file: string, firstLine: number): FoundLink[] {
  return urlsInBody(body)
    .filter(({ url }) => url.startsWith('/') && !url.startsWith('//'))
    .map(({ url, line }) => ({ href: url, file, line: firstLine + line - 1 }));
}

/**
 * Checks links against the pages the content produces. A link to an entry that does not exist,
 * or is a draft, is an error (readers would land on 404); a path the checker cannot see (a page
 * made by code rather than content) is only a warning.
 */
export function linkProblems(
  links: readonly FoundLink[],
  pages: ReadonlySet<string>,
  entryPattern: RegExp,
  publicFiles: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  for (const link of links) {
    const path = link.href.split(/[?#]/)[0]!;
    const normalised = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
    if (pages.has(normalised) || publicFiles.has(path)) continue;
    if (entryPattern.test(normalised)) {
      problems.push(
        error(
          link.file,
          `链接“${link.href}”指向的文章不存在或尚未发布。请改为现有文章的地址（可在网站上打开该文章，复制地址栏中的路径）。`,
          { line: link.line },
        ),
      );
    } else {
      problems.push(warning(link.file, `无法确认链接“${link.href}”是否存在，请发布后点开检查。`, { line: link.line }));
    }
  }
  return problems;
}
