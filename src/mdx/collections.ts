import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { entryIdFromPath } from '../lib/slugs';
import type { MdxContext } from './attributes';

/** The collections whose entries may be `.mdx` files using the component vocabulary. */
export const MDX_COLLECTIONS = ['guides', 'knowledge', 'customs', 'stories', 'notices', 'updates'] as const;

export const acceptsMdx = (collection: string): boolean => (MDX_COLLECTIONS as readonly string[]).includes(collection);

/**
 * The CMS edits a collection's .mdx entries as a twin collection of its own (Decap takes one
 * extension per folder collection): `knowledge-mdx` beside `knowledge`, on the same folder.
 */
export const mdxTwinName = (collection: string): string => `${collection}-mdx`;

/** The collection a CMS collection name stands for: itself, or the one whose .mdx twin it is. */
export const collectionOfCmsName = (name: string): string => {
  const base = name.replace(/-mdx$/, '');
  return base !== name && acceptsMdx(base) ? base : name;
};

/** The poster ids and media file names under `root`, which component attributes may name. */
export function mdxContextOf(root: string): MdxContext {
  const names = (folder: string) => (existsSync(join(root, folder)) ? readdirSync(join(root, folder)) : []);
  return {
    posters: new Set(
      names('content/posters')
        .filter((name) => name.endsWith('.md'))
        .map((name) => entryIdFromPath(name)),
    ),
    media: new Set(names('content/media')),
  };
}
