import { z } from 'astro/zod';
import { parseIsoDay } from '../lib/dates';
import { extensionList, extensionOf, FILE_KINDS, type FileKind } from '../media/kinds';
import type { CollectionDeclaration, RuleSettings } from './collection';
import type { DataOfFields, Field } from './fields';
import { fieldIssueMessage, unknownKeysMessage, type IssueLike } from './messages';

/**
 * What the Astro schema context provides: `image()` from the collection's schema function and
 * `reference()` from `astro:content`. Passed in, so this module also runs outside Astro.
 */
export interface SchemaContext {
  readonly image: () => z.ZodType;
  readonly reference: (collection: string) => z.ZodType;
  /** Settings that collection rules read (the SMS signature). */
  readonly settings: RuleSettings;
  /**
   * What is wrong with the file a file field names (`src` as written, relative to the entry):
   * missing, too large, not what its name says (src/media/file-checks.ts). Without it, only the
   * extension is checked.
   */
  readonly fileProblem?: (kind: FileKind, src: string) => string | undefined;
}

/** zod 4 takes a check's message from the check itself, so every check gets the field's mapper. */
const messagesFor = (field: Field) => ({ error: (issue: IssueLike) => fieldIssueMessage(field, issue) });

function dateSchema(field: Field) {
  return z.unknown().transform((value, ctx) => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
    const parsed = typeof value === 'string' ? parseIsoDay(value) : undefined;
    if (parsed) return parsed;
    const code = value === undefined || value === null || value === '' ? 'invalid_type' : 'invalid_date';
    ctx.addIssue({ code: 'custom', input: value, message: fieldIssueMessage(field, { code, input: value }) });
    return z.NEVER;
  });
}

function fieldSchema(field: Field, context: SchemaContext): z.ZodType {
  const messages = messagesFor(field);
  switch (field.widget) {
    case 'string':
    case 'text': {
      let schema = z.string(messages).trim().min(1, messages);
      if (field.maxLength) schema = schema.max(field.maxLength, messages);
      if (field.widget === 'string' && field.pattern) {
        const [pattern, explanation] = field.pattern;
        schema = schema.regex(pattern, { error: `“${field.label}”${explanation}` });
      }
      return schema;
    }
    case 'number': {
      let schema = z.number(messages).int(messages);
      if (field.min !== undefined) schema = schema.min(field.min, messages);
      if (field.max !== undefined) schema = schema.max(field.max, messages);
      return schema;
    }
    case 'date':
      return dateSchema(field);
    case 'boolean':
      return z.boolean(messages);
    case 'select': {
      const one = z.enum(field.options as [string, ...string[]], messages);
      if (!field.multiple) return one;
      let many = z.array(one, messages);
      if (field.minItems) many = many.min(field.minItems, messages);
      if (field.maxItems) many = many.max(field.maxItems, messages);
      return many;
    }
    case 'list': {
      let item = z.string(messages).trim().min(1, messages);
      if (field.maxItemLength) item = item.max(field.maxItemLength, messages);
      let items = z.array(item, messages);
      if (field.minItems) items = items.min(field.minItems, messages);
      if (field.maxItems) items = items.max(field.maxItems, messages);
      return items;
    }
    case 'image': {
      const alt = `“${field.label}”的替代文本（alt）必须填写：用一句话描述图片内容，供视障读者使用。`;
      const credit = `“${field.label}”的来源或作者（credit）必须填写，例如“太原市文明办绘制”或摄影者姓名；它会印在图片旁边。`;
      const one = z.object(
        {
          src: context.image(),
          alt: z.string({ error: alt }).trim().min(1, { error: alt }),
          ...(field.credit
            ? {
                credit: z
                  .string({ error: credit })
                  .trim()
                  .min(1, { error: credit })
                  .max(40, { error: `“${field.label}”的来源或作者不能超过 40 字。` }),
              }
            : {}),
        },
        messages,
      );
      return field.multiple ? z.array(one, messages) : one;
    }
    case 'file': {
      const rule = FILE_KINDS[field.accept];
      return z
        .string(messages)
        .trim()
        .min(1, messages)
        .superRefine((src, ctx) => {
          const problem = !rule.extensions.includes(extensionOf(src))
            ? `“${src}”不是${rule.noun}。这里只能选择 ${extensionList(field.accept)} 文件。`
            : context.fileProblem?.(field.accept, src);
          if (problem) ctx.addIssue({ code: 'custom', message: `“${field.label}”：${problem}` });
        });
    }
    case 'relation':
      return context.reference(field.collection);
    case 'object':
      return objectSchema(field.fields, context, field);
    case 'objectList':
      return z.array(objectSchema(field.fields, context, field), messages);
  }
}

/** A blank YAML value (`title:` or `title: ""`) means the field was left out. */
const blankToUndefined = (value: unknown) => (value === null || value === '' ? undefined : value);

/** An optional field may be left out or blank; list-like fields then read as empty lists. */
function withPresence(field: Field, schema: z.ZodType): z.ZodType {
  if (field.widget === 'boolean') return z.preprocess(blankToUndefined, schema.default(field.default));
  if (field.required) return schema;
  const listLike =
    field.widget === 'list' ||
    field.widget === 'objectList' ||
    ((field.widget === 'select' || field.widget === 'image') && field.multiple);
  const optional = z.preprocess(blankToUndefined, schema.optional());
  return listLike ? optional.transform((value) => value ?? []) : optional;
}

function objectSchema(fields: readonly Field[], context: SchemaContext, parent?: Field): z.ZodType {
  const shape = Object.fromEntries(
    fields.map((field) => [field.name, withPresence(field, fieldSchema(field, context))]),
  );
  return z.strictObject(shape, {
    error: (issue: IssueLike) =>
      issue.code === 'unrecognized_keys'
        ? unknownKeysMessage(issue.keys ?? [], fields)
        : parent
          ? fieldIssueMessage(parent, issue)
          : undefined,
  });
}

/**
 * The Astro content schema of a declared collection. The schema is built from the declaration's
 * fields at run time, so TypeScript cannot follow it: its output is declared to be `DataOfFields` of
 * those fields, the one assertion of the content model. `tests/unit/schema-types.test-d.ts` checks
 * the types it gives, and `tests/unit/schema.test.ts` that parsing yields data of that shape.
 */
export function collectionSchema<const F extends readonly Field[]>(
  declaration: CollectionDeclaration<F>,
  context: SchemaContext,
): z.ZodType<DataOfFields<F>> {
  const schema: z.ZodType<DataOfFields<F>> = objectSchema(declaration.fields, context) as z.ZodType<DataOfFields<F>>;
  const rules = declaration.rules ?? [];
  if (rules.length === 0) return schema;
  return schema.superRefine((data, ctx) => {
    for (const rule of rules) {
      if (!rule.holds(data, context.settings)) {
        const message = typeof rule.message === 'function' ? rule.message(data, context.settings) : rule.message;
        ctx.addIssue({ code: 'custom', path: [rule.field], message });
      }
    }
  });
}
