import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { load as parseYaml } from 'js-yaml';
import { readContentText } from '../checks/read-text';
import { needsReview, formatReviewReport, frontMatterDay, type OverdueArticle } from '../lib/review';
import { entryIdFromPath } from '../lib/slugs';
import { entryPath } from '../lib/urls';
import { contentDir } from '../config/content-dir';

const FRONT_MATTER = /^---\n([\s\S]*?)\n---/;

/** Knowledge articles past their review day, read from the editors' files. */
export function findOverdueKnowledge(root: string, now: Date = new Date()): OverdueArticle[] {
  const folder = join(root, contentDir(), 'knowledge');
  return readdirSync(folder)
    .filter((name) => /\.mdx?$/.test(name))
    .flatMap((name) => {
      const file = join(folder, name);
      let data: Record<string, unknown> | null;
      try {
        // The shared reader: a BOM or CRLF from a Windows editor reads as in the check.
        data = parseYaml(FRONT_MATTER.exec(readContentText(file, relative(root, file)))?.[1] ?? '') as Record<
          string,
          unknown
        > | null;
      } catch {
        // The content check has reported this file; the report of overdue reviews is only a reminder.
        return [];
      }
      const nextReview = frontMatterDay(data?.nextReview);
      if (!data || !nextReview) return [];
      const facts = {
        nextReview,
        draft: data.draft === true,
        withdrawn: data.withdrawn as string | undefined,
        supersededBy: data.supersededBy,
      };
      return needsReview(facts, now)
        ? [{ path: entryPath('knowledge', entryIdFromPath(name)), file: relative(root, file), nextReview }]
        : [];
    });
}

/**
 * Lists, at the end of every build, the knowledge pages whose review is overdue, so that editors
 * see them where they look when they publish. The build has already checked every entry against
 * its schema by then, so the front matter read here is known to be valid.
 */
export function reviewReport(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'site:review-report',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ logger }) => {
        const report = formatReviewReport(findOverdueKnowledge(root));
        if (report) logger.warn(report);
        else logger.info('所有防疫知识都在审核期限内。');
      },
    },
  };
}
