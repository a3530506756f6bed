import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { readSiteSettings } from './config/settings-file';
import { entryIdFromPath } from './lib/slugs';
import type { CollectionDeclaration } from './schema/collection';
import type { Field } from './schema/fields';
import * as declared from './schema/collections';
import { collectionSchema } from './schema/to-zod';
import { acceptsMdx } from './mdx/collections';
import { contentDir } from './config/content-dir';

/** Every collection reads its own folder under the top-level `content/` (or the city's: content-dir.ts), which belongs to editors. */
function fromDeclaration<const F extends readonly Field[]>(declaration: CollectionDeclaration<F>) {
  return defineCollection({
    loader: glob({
      base: `./${contentDir()}/${declaration.name}`,
      // Flat folders, as the CMS writes them: one file per entry.
      // Article collections also take MDX with the site's components (src/mdx/).
      pattern: declaration.format === 'md' ? (acceptsMdx(declaration.name) ? '*.{md,mdx}' : '*.md') : '*.{yml,yaml}',
      // File names may be Chinese (an editor saving 勤洗手.md); URLs are always ASCII.
      generateId: ({ entry }) => entryIdFromPath(entry),
      // The data store keeps each entry's rendered HTML; the Markdown source is not needed after
      // that (no page reads entry.body), and keeping it would double the store for thousands of entries.
      retainBody: false,
    }),
    schema: ({ image }) => collectionSchema(declaration, { image, reference, settings: readSiteSettings() }),
  });
}

export const collections = {
  guides: fromDeclaration(declared.guides),
  knowledge: fromDeclaration(declared.knowledge),
  stories: fromDeclaration(declared.stories),
  customs: fromDeclaration(declared.customs),
  notices: fromDeclaration(declared.notices),
  posters: fromDeclaration(declared.posters),
  broadcasts: fromDeclaration(declared.broadcasts),
  sms: fromDeclaration(declared.sms),
  slogans: fromDeclaration(declared.slogans),
  centers: fromDeclaration(declared.centers),
  clinics: fromDeclaration(declared.clinics),
  updates: fromDeclaration(declared.updates),
  campaigns: fromDeclaration(declared.campaigns),
  settings: fromDeclaration(declared.settings),
};
