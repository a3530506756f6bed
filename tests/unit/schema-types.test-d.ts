import type { z } from 'astro/zod';
import { describe, expectTypeOf, it } from 'vitest';
import type { READER_GROUPS } from '../../src/config/taxonomy';
import { defineCollectionDeclaration, type DataOf } from '../../src/schema/collection';
import { knowledge, notices, posters, settings, stories } from '../../src/schema/collections';
import { date, string, type ImageValue } from '../../src/schema/fields';
import type { collectionSchema } from '../../src/schema/to-zod';

/**
 * The types of entries come from the collections' declarations (src/schema/collections/): these
 * tests fail the type check (`npm run test:unit` runs them, Vitest's typecheck) when a declaration
 * stops giving the type pages rely on.
 */

type Knowledge = DataOf<typeof knowledge>;

describe('entry data typed from the declarations', () => {
  it('gives each field the type of its widget', () => {
    expectTypeOf<Knowledge['title']>().toEqualTypeOf<string>();
    expectTypeOf<Knowledge['nextReview']>().toEqualTypeOf<Date>();
    expectTypeOf<Knowledge['audience']>().toEqualTypeOf<(typeof READER_GROUPS)[number][]>();
    expectTypeOf<DataOf<typeof settings>['pageSize']>().toEqualTypeOf<number>();
    expectTypeOf<DataOf<typeof notices>['attachments'][number]>().toHaveProperty('file').toEqualTypeOf<string>();
    expectTypeOf<DataOf<typeof notices>['attachments'][number]>().toHaveProperty('title').toEqualTypeOf<string>();
  });

  it('reads optional fields as optional, and optional lists and switches as always there', () => {
    expectTypeOf<Knowledge>()
      .toHaveProperty('supersededBy')
      .toEqualTypeOf<{ collection: 'knowledge'; id: string } | undefined>();
    expectTypeOf<Knowledge>().toHaveProperty('cover').toEqualTypeOf<ImageValue | undefined>();
    expectTypeOf<Knowledge['tags']>().toEqualTypeOf<string[]>();
    expectTypeOf<Knowledge['draft']>().toEqualTypeOf<boolean>();
    expectTypeOf<DataOf<typeof posters>>()
      .toHaveProperty('relatedCustom')
      .toEqualTypeOf<{ collection: 'customs'; id: string } | undefined>();
  });

  it('gives the content schema the declared type', () => {
    expectTypeOf<
      z.output<ReturnType<typeof collectionSchema<(typeof knowledge)['fields']>>>
    >().toEqualTypeOf<Knowledge>();
    expectTypeOf<z.output<ReturnType<typeof collectionSchema<(typeof stories)['fields']>>>>().toEqualTypeOf<
      DataOf<typeof stories>
    >();
  });

  it('types the rules of a collection by its data', () => {
    expectTypeOf(knowledge.rules![0]!.holds).parameter(0).toEqualTypeOf<Knowledge>();
    expectTypeOf(settings.rules![0]!.holds).parameter(0).toEqualTypeOf<DataOf<typeof settings>>();
  });

  it('declares traits by the names of the fields, and refuses names that are not fields', () => {
    expectTypeOf<NonNullable<typeof stories.cardFact>>().toEqualTypeOf<keyof DataOf<typeof stories>>();
    expectTypeOf<NonNullable<typeof stories.listFacets>[number]>().toEqualTypeOf<keyof DataOf<typeof stories>>();
    const fields = [date('reviewed', '审核日期'), string('district', '县（市、区）')] as const;
    const base = {
      label: '测试',
      labelSingular: '测试',
      description: '测试',
      format: 'yml',
      listView: { summary: '', sortableFields: [] },
    } as const;
    defineCollectionDeclaration({
      ...base,
      name: 'ok',
      fields,
      cardFact: 'district',
      rules: [{ field: 'reviewed', message: '', holds: (data) => data.reviewed <= new Date() }],
    });
    // @ts-expect-error cardFact names no field of the collection
    defineCollectionDeclaration({ ...base, name: 'bad', fields, cardFact: 'topic' });
    defineCollectionDeclaration({
      ...base,
      name: 'bad',
      fields,
      // @ts-expect-error a rule reads a field the collection does not have
      rules: [{ field: 'x', message: '', holds: (data) => data.topic === '' }],
    });
  });
});
