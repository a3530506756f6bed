import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { imageReferenceProblem } from '../checks/images';
import { readSiteSettings } from '../config/settings-file';
import { entryIdFromPath } from '../lib/slugs';
import type { CollectionDeclaration } from './collection';
import { collectionSchema, type SchemaContext } from './to-zod';

/** One thing an editor has to fix in one file. */
export interface EntryProblem {
  /** Path of the file, relative to the project. */
  readonly file: string;
  /** Front-matter key path, e.g. `cover.alt`; empty for the whole entry. */
  readonly field: string;
  /** Chinese message saying what is wrong and what to write instead. */
  readonly message: string;
}

/** Ids of the entry files of a collection, read from its folder. */
function readEntryIds(root: string, collection: string): Set<string> {
  const folder = join(root, 'content', collection);
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
  return {
    settings: readSiteSettings(),
    image: () =>
      z.string({ error: '图片路径必须填写，例如 ../media/photo.jpg' }).superRefine((src, context) => {
        // Missing, outside content/ (after symlinks) or not an image: see src/checks/images.ts.
        const problem = imageReferenceProblem(root, entryFile, src);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }),
    reference: (collection) =>
      z
        .string({ error: '请填写所关联条目的文件名（不含扩展名）' })
        .refine((id) => entryIds(collection).has(id), {
          error: (issue) => `找不到${collection}栏目中名为“${String(issue.input)}”的条目。请填写现有条目的文件名（不含扩展名）。`,
        })
        .transform((id) => ({ collection, id })),
  };
}

const problemsOf = (result: z.ZodSafeParseResult<unknown>, file: string): EntryProblem[] =>
  result.success
    ? []
    : result.error.issues.map((issue) => ({
        file,
        // A misspelt key has no path of its own; name the first unknown key so it can be found.
        field: issue.path.length === 0 && issue.code === 'unrecognized_keys' ? String(issue.keys[0] ?? '') : issue.path.join('.'),
        message: issue.message,
      }));

/**
 * A validator for checking many entries of one content folder in one go (the content check): each
 * collection's schema is built once per folder and each collection's entry ids are read once,
 * so checking n entries costs n parses, not n schema builds and n folder reads.
 */
export function entryValidator(root: string): (declaration: CollectionDeclaration, data: unknown, file: string) => EntryProblem[] {
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
  return problemsOf(collectionSchema(declaration, fileSchemaContext(root, absolute)).safeParse(data), relative(root, absolute));
}

/** `content/knowledge/a.md，字段 title：“标题”必须填写。` */
export const formatProblem = (problem: EntryProblem): string =>
  `${problem.file}${problem.field ? `，字段 ${problem.field}` : ''}：${problem.message}`;
