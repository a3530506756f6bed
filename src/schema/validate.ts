import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { imageReferenceProblem } from '../checks/images';
import { readSiteSettings } from '../config/settings-file';
import { entryIdFromPath } from '../lib/slugs';
import { fileReferenceProblem } from '../media/file-checks';
import type { CollectionDeclaration } from './collection';
import { problemsOf, schemaContextOver, type EntryProblem } from './entry-problems';
import { collectionSchema, type SchemaContext } from './to-zod';
import { contentDir } from '../config/content-dir';

export type { EntryProblem } from './entry-problems';

/** Ids of the entry files of a collection, read from its folder. */
function readEntryIds(root: string, collection: string): Set<string> {
  const folder = join(root, contentDir(), collection);
  if (!existsSync(folder)) return new Set<string>();
  return new Set(
    readdirSync(folder, { encoding: 'utf8' })
      .filter((name) => /\.(mdx?|ya?ml)$/.test(name))
      .map((name) => entryIdFromPath(name)),
  );
}

/**
 * The schema context outside Astro (content checks, tests): images must exist next to the entry,
 * and relations must name an entry file of the other collection. Images are resolved from the
 * entry's folder, so one context (and one schema) serves every entry of a folder. `entryIds`
 * answers which entries a collection has; by default the folder is read on each question.
 */
export function fileSchemaContext(
  root: string,
  entryFile: string,
  entryIds: (collection: string) => ReadonlySet<string> = (collection) => readEntryIds(root, collection),
): SchemaContext {
  // Missing, outside content/ (after symlinks) or not an image: see src/checks/images.ts; other files: src/media/file-checks.ts.
  return schemaContextOver(
    readSiteSettings(),
    (src) => imageReferenceProblem(root, entryFile, src),
    entryIds,
    (kind, src) => fileReferenceProblem(root, entryFile, kind, src),
  );
}

/**
 * A validator for checking many entries of one content folder in one go (the content check): each
 * collection's schema is built once per folder and each collection's entry ids are read once,
 * so checking n entries costs n parses, not n schema builds and n folder reads.
 */
export function entryValidator(
  root: string,
): (declaration: CollectionDeclaration, data: unknown, file: string) => EntryProblem[] {
  const ids = new Map<string, Set<string>>();
  const entryIds = (collection: string) => {
    if (!ids.has(collection)) ids.set(collection, readEntryIds(root, collection));
    return ids.get(collection)!;
  };
  const schemas = new Map<string, ReturnType<typeof collectionSchema>>();
  return (declaration, data, file) => {
    const absolute = resolve(root, file);
    const key = `${declaration.name}\0${dirname(absolute)}`;
    if (!schemas.has(key)) schemas.set(key, collectionSchema(declaration, fileSchemaContext(root, absolute, entryIds)));
    return problemsOf(schemas.get(key)!.safeParse(data), relative(root, absolute));
  };
}

/** Every problem of one entry's data against its collection's schema, in field order. */
export function entryProblems(
  declaration: CollectionDeclaration,
  data: unknown,
  file: string,
  root: string,
): EntryProblem[] {
  const absolute = resolve(root, file);
  return problemsOf(
    collectionSchema(declaration, fileSchemaContext(root, absolute)).safeParse(data),
    relative(root, absolute),
  );
}

/** `content/knowledge/a.md，字段 title：“标题”必须填写。` */
export const formatProblem = (problem: EntryProblem): string =>
  `${problem.file}${problem.field ? `，字段 ${problem.field}` : ''}：${problem.message}`;
