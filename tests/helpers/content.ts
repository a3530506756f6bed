import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { entryIdFromPath } from '../../src/lib/slugs';
import { CONTENT } from './paths';

/** A content file as the tests see it: read straight from disk, independently of Astro. */
export interface ContentFile {
  readonly collection: string;
  readonly file: string;
  readonly id: string;
  readonly data: Record<string, unknown>;
  readonly body: string;
}

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? walk(join(folder, item.name)) : [join(folder, item.name)],
  );
}

/** Every entry file of a collection folder under content/. */
export function readCollection(collection: string): ContentFile[] {
  const folder = join(CONTENT, collection);
  return walk(folder)
    .filter((file) => /\.(mdx?|ya?ml)$/.test(file))
    .map((file) => {
      const text = readFileSync(file, 'utf8');
      const relativePath = relative(folder, file);
      if (relativePath.includes('/')) throw new Error(`content must be flat: ${file}`);
      if (/\.mdx?$/.test(file)) {
        const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
        return {
          collection,
          file,
          id: entryIdFromPath(relativePath),
          data: load(frontMatter) as Record<string, unknown>,
          body,
        };
      }
      return {
        collection,
        file,
        id: entryIdFromPath(relativePath),
        data: load(text) as Record<string, unknown>,
        body: '',
      };
    });
}

export const isDraft = (entry: ContentFile): boolean => entry.data.draft === true;
