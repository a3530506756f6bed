import { z } from 'astro/zod';
import type { RuleSettings } from './collection';
import type { CollectionDeclaration } from './collection';
import { collectionSchema, type SchemaContext } from './to-zod';
import type { FileKind } from '../media/kinds';

/**
 * Schema problems of entries, without files: shared by the content check (validate.ts, which
 * resolves images and relations on disk) and the CMS in the browser (admin/checks.ts).
 */

/** One thing an editor has to fix in one file. */
export interface EntryProblem {
  /** Path of the file, relative to the project. */
  readonly file: string;
  /** Front-matter key path, e.g. `cover.alt`; empty for the whole entry. */
  readonly field: string;
  /** Chinese message saying what is wrong and what to write instead. */
  readonly message: string;
}

export const problemsOf = (result: z.ZodSafeParseResult<unknown>, file: string): EntryProblem[] =>
  result.success
    ? []
    : result.error.issues.map((issue) => ({
        file,
        // A misspelt key has no path of its own; name the first unknown key so it can be found.
        field:
          issue.path.length === 0 && issue.code === 'unrecognized_keys'
            ? String(issue.keys[0] ?? '')
            : issue.path.join('.'),
        message: issue.message,
      }));

/** A validator over one schema context: each collection's schema is built once. */
export function contextValidator(
  context: SchemaContext,
): (declaration: CollectionDeclaration, data: unknown, file: string) => EntryProblem[] {
  const schemas = new Map<string, ReturnType<typeof collectionSchema>>();
  return (declaration, data, file) => {
    if (!schemas.has(declaration.name)) schemas.set(declaration.name, collectionSchema(declaration, context));
    return problemsOf(schemas.get(declaration.name)!.safeParse(data), file);
  };
}

/**
 * The schema context for entries checked outside Astro: `imageProblem` gets an image path as
 * written (relative to the entry) and says what is wrong with it, if anything; a relation must name
 * an entry of the other collection. The content check answers from the files (src/checks/images.ts),
 * the CMS from what it knows of the repository.
 */
export function schemaContextOver(
  settings: RuleSettings,
  imageProblem: (src: string) => string | undefined,
  entryIds: (collection: string) => ReadonlySet<string>,
  fileProblem?: (kind: FileKind, src: string) => string | undefined,
): SchemaContext {
  return {
    settings,
    ...(fileProblem ? { fileProblem } : {}),
    image: () =>
      z.string({ error: '图片路径必须填写，例如 ../media/photo.jpg' }).superRefine((src, context) => {
        const problem = imageProblem(src);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }),
    reference: (collection) =>
      z
        .string({ error: '请填写所关联条目的文件名（不含扩展名）' })
        .refine((id) => entryIds(collection).has(id), {
          error: (issue) =>
            `找不到${collection}栏目中名为“${String(issue.input)}”的条目。请填写现有条目的文件名（不含扩展名）。`,
        })
        .transform((id) => ({ collection, id })),
  };
}
