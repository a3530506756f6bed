import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { entryIdFromPath } from './slugs';

/** A date of front matter or YAML, as js-yaml gives it (a Date) or as text. */
const asDate = (value: unknown): Date | undefined => {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
};

/** The data of a content file: the front matter of Markdown, the whole of YAML. */
function fileData(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    // A dangling link or unreadable file: the content check names it; the sitemap leaves it out.
    return {};
  }
  const yaml = /\.mdx?$/.test(path) ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') : text;
  try {
    return (parseYaml(yaml) ?? {}) as Record<string, unknown>;
  } catch {
    // The content check reports broken files with their line; the sitemap just leaves the date out.
    return {};
  }
}

/**
 * When each page last changed, for the sitemap's <lastmod>: an entry page its 更新日期 or 发布日期;
 * a section's other pages (lists, filters) the newest of their entries; any other page the newest
 * date of the site. Read from content/ at config time, before the content layer runs; drafts left out.
 */
export function lastModifiedDates(contentDir: string): (pathname: string) => Date | undefined {
  const entries = new Map<string, Date>();
  const sections = new Map<string, Date>();
  let newest: Date | undefined;
  for (const folder of readdirSync(contentDir, { withFileTypes: true })) {
    if (!folder.isDirectory() || folder.name === 'settings' || folder.name === 'media') continue;
    for (const file of readdirSync(join(contentDir, folder.name))) {
      if (!/\.(mdx?|ya?ml)$/.test(file)) continue;
      const data = fileData(join(contentDir, folder.name, file));
      if (data.draft === true) continue;
      const date = asDate(data.updated) ?? asDate(data.checked) ?? asDate(data.published);
      if (!date) continue;
      entries.set(`/${folder.name}/${entryIdFromPath(file)}/`, date);
      const known = sections.get(folder.name);
      if (!known || date > known) sections.set(folder.name, date);
      if (!newest || date > newest) newest = date;
    }
  }
  return (pathname) => entries.get(pathname) ?? sections.get(pathname.split('/')[1] ?? '') ?? newest;
}
