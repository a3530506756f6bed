import { describe, expect, it } from 'vitest';
import { backendFromEnv } from '../../admin/backend';
import type { CrossFieldRule } from '../../src/schema/collection';
import { declarations } from '../../src/schema/collections';
import { decapConfig, MAX_UPLOAD_BYTES, type DecapField } from '../../src/schema/to-decap';
import { entryProblems } from '../../src/schema/validate';
import { readCollection } from '../helpers/content';
import { ROOT } from '../helpers/paths';

const config = decapConfig(declarations, backendFromEnv({}), 'http://127.0.0.1:8081/api/v1');
const collectionFields = (name: string): DecapField[] => {
  const collection = config.collections.find((candidate) => candidate.name === name)!;
  const fields = (collection.fields ?? (collection.files as { fields: DecapField[] }[])[0]!.fields) as DecapField[];
  return fields.filter((field) => field.name !== 'body');
};

/** A value the CMS form would save for a field, read only from the Decap field config. */
function valueFor(field: DecapField, collection: string): unknown {
  const pattern = (field.pattern as [string, string] | undefined)?.[0];
  switch (field.widget) {
    case 'string':
    case 'text': {
      const samples = [
        '测试',
        '并文明〔2020〕1号',
        '11140100MB1234567X/2020-00001',
        'https://wenming.taiyuan.example',
        'office@example.cn',
        '1401000000',
        '【太原市文明办】',
        '0351-4223160',
        'xiaodian',
      ];
      return samples.find((sample) => !pattern || new RegExp(pattern).test(sample)) ?? '测试';
    }
    case 'number':
      return field.min ?? 10;
    case 'datetime':
      return '2026-11-29';
    case 'boolean':
      return false;
    case 'select': {
      const first = (field.options as { value: string }[])[0]!.value;
      return field.multiple ? [first] : first;
    }
    case 'list':
      if (field.fields) return [objectFor(field.fields as DecapField[], collection)];
      return Array.from({ length: Number(field.min ?? 1) }, (_, index) => `条目${index + 1}`);
    case 'object':
      return objectFor(field.fields as DecapField[], collection);
    case 'image':
      return '../media/hand-washing.jpg';
    case 'file': {
      // The hint names the types the field takes (src/media/kinds.ts).
      const hint = String(field.hint);
      return hint.includes('PDF')
        ? '../media/wenming-2020-1.pdf'
        : hint.includes('MP4')
          ? '../media/civility-psa.mp4'
          : '../media/civility-psa.vtt';
    }
    case 'relation':
      // A list in a settings file (工作动态's 报送单位): its first item, which belongs to the first district.
      if (field.file)
        return listedValue(readCollection(field.collection as string)[0]!.data, String(field.value_field));
      return readCollection(field.collection as string)[0]!.id;
    default:
      throw new Error(`test does not know widget ${field.widget}`);
  }
}
/** The first value at a Decap path such as `reporting.units.*.name`. */
function listedValue(data: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) => (key === '*' ? (value as unknown[])[0] : (value as Record<string, unknown>)[key]),
      data,
    );
}
const objectFor = (fields: readonly DecapField[], collection: string) =>
  Object.fromEntries(fields.map((field) => [field.name, valueFor(field, collection)]));

const validate = (collection: string, data: unknown) =>
  entryProblems(
    declarations.find((declaration) => declaration.name === collection)!,
    data,
    `content/${collection}/cms-entry.md`,
    ROOT,
  );

describe('the CMS config derived from the declarations', () => {
  it('has every collection, settings included, with the editorial workflow in Chinese', () => {
    expect(config.collections.map((collection) => collection.name)).toEqual(
      declarations.map((declaration) => declaration.name),
    );
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.locale).toBe('zh_Hans');
    expect(config.media_folder).toBe('content/media');
    expect(config.local_backend.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });

  for (const declaration of declarations) {
    describe(declaration.name, () => {
      const fields = collectionFields(declaration.name);

      it('writes entries the build accepts', () => {
        const data = objectFor(fields, declaration.name);
        expect(validate(declaration.name, data)).toEqual([]);
      });

      it('requires exactly what the build requires', () => {
        const data = objectFor(fields, declaration.name) as Record<string, unknown>;
        for (const field of fields) {
          const { [field.name]: _, ...without } = data;
          const problems = validate(declaration.name, without);
          const buildRequires = problems.some((problem) => problem.field === field.name);
          const rules: readonly CrossFieldRule[] = declaration.rules ?? [];
          const rule = rules.some((candidate) => candidate.field === field.name);
          if (!rule)
            expect(buildRequires, `${declaration.name}.${field.name}`).toBe(
              field.required !== false && field.widget !== 'boolean',
            );
        }
      });

      it('offers only the options the build accepts, and all of them', () => {
        for (const field of fields.filter((candidate) => candidate.widget === 'select')) {
          const data = objectFor(fields, declaration.name) as Record<string, unknown>;
          for (const { value } of field.options as { value: string }[]) {
            // Problems of this field only: a rule across fields (报送单位 must belong to the 县（市、区）) may still object to the pair.
            const problems = validate(declaration.name, { ...data, [field.name]: field.multiple ? [value] : value });
            expect(
              problems.filter((problem) => problem.field.split('.')[0] === field.name),
              `${field.name}=${value}`,
            ).toEqual([]);
          }
          const wrong = validate(declaration.name, {
            ...data,
            [field.name]: field.multiple ? ['不存在的选项'] : '不存在的选项',
          });
          expect(wrong.map((problem) => problem.field.split('.')[0])).toEqual([field.name]);
        }
      });

      it('limits text length the same way', () => {
        const declared = declaration.fields.filter(
          (field) => 'maxLength' in field && field.maxLength && !('pattern' in field && field.pattern),
        );
        for (const field of declared) {
          const max = (field as { maxLength: number }).maxLength;
          const cms = fields.find((candidate) => candidate.name === field.name)!;
          const pattern = new RegExp((cms.pattern as [string, string])[0]);
          expect(pattern.test('字'.repeat(max)), `${field.name} at ${max}`).toBe(true);
          expect(pattern.test('字'.repeat(max + 1)), `${field.name} at ${max + 1}`).toBe(false);
          const data = objectFor(fields, declaration.name) as Record<string, unknown>;
          expect(validate(declaration.name, { ...data, [field.name]: '字'.repeat(max) }), field.name).toEqual([]);
          expect(validate(declaration.name, { ...data, [field.name]: '字'.repeat(max + 1) }), field.name).not.toEqual(
            [],
          );
        }
      });
    });
  }

  it('lists entries with summaries, date sorting and district or category groups', () => {
    for (const collection of config.collections.filter((candidate) => candidate.folder)) {
      expect(collection.summary, collection.name).toBeTruthy();
      expect(collection.sortable_fields, collection.name).not.toHaveLength(0);
    }
    const groups = (name: string) =>
      (config.collections.find((c) => c.name === name)!.view_groups as { field: string }[]).map((g) => g.field);
    expect(groups('stories')).toEqual(['category', 'district']);
    expect(groups('updates')).toEqual(['district']);
    expect(groups('centers')).toEqual(['district', 'level']);
  });

  it('keeps uploads next to the content, with alt text and a size limit', () => {
    const cover = collectionFields('knowledge').find((field) => field.name === 'cover')!;
    const [src, alt] = cover.fields as DecapField[];
    expect(src).toMatchObject({ widget: 'image', media_library: { config: { max_file_size: MAX_UPLOAD_BYTES } } });
    // An optional image: Decap checks each box on its own, so both are optional, and the content
    // check (run by the CMS before saving) asks for the alt text once a picture is chosen.
    expect(cover).toMatchObject({ widget: 'object', required: false });
    expect(src).toMatchObject({ required: false });
    expect(alt).toMatchObject({ name: 'alt', required: false });
    expect(
      validate('knowledge', {
        ...objectFor(collectionFields('knowledge'), 'knowledge'),
        cover: { src: '../media/masks.jpg' },
      }),
    ).toEqual([
      expect.objectContaining({
        field: 'cover.alt',
        message: expect.stringContaining('“封面图片”的替代文本（alt）必须填写'),
      }),
    ]);
    expect(config.public_folder).toBe('../media');
  });

  it("gives a poster's picture a box for its credit, checked with its alt text once a picture is chosen", () => {
    const picture = collectionFields('posters').find((field) => field.name === 'picture')!;
    expect(picture).toMatchObject({ widget: 'object', required: false });
    expect((picture.fields as DecapField[]).map((field) => [field.name, field.widget, field.required])).toEqual([
      ['src', 'image', false],
      ['alt', 'string', false],
      ['credit', 'string', false],
    ]);
    expect(
      validate('posters', {
        ...objectFor(collectionFields('posters'), 'posters'),
        picture: { src: '../media/hand-washing-seven-steps.png', alt: '七步洗手法' },
      }),
    ).toEqual([
      expect.objectContaining({
        field: 'picture.credit',
        message: expect.stringContaining('“图片”的来源或作者（credit）必须填写'),
      }),
    ]);
    // Other images have no credit box.
    const cover = collectionFields('knowledge').find((field) => field.name === 'cover')!;
    expect((cover.fields as DecapField[]).map((field) => field.name)).toEqual(['src', 'alt']);
  });

  it('offers attachments and a video with their types and limits, captions required once a video is given', () => {
    const attachments = collectionFields('notices').find((field) => field.name === 'attachments')!;
    const file = (attachments.fields as DecapField[]).find((field) => field.name === 'file')!;
    expect(file).toMatchObject({
      widget: 'file',
      required: true,
      choose_url: false,
      media_library: { config: { max_file_size: 20_000_000 } },
    });
    expect(file.hint).toContain('PDF、DOC、DOCX、XLS、XLSX 文件，不超过 20 MB');
    const video = collectionFields('updates').find((field) => field.name === 'video')!;
    // Optional: Decap checks each box of an object on its own, so the boxes are optional in the form.
    expect(video).toMatchObject({ widget: 'object', required: false });
    const boxes = Object.fromEntries((video.fields as DecapField[]).map((field) => [field.name, field]));
    expect(boxes.src).toMatchObject({
      widget: 'file',
      required: false,
      media_library: { config: { max_file_size: 50_000_000 } },
    });
    expect(boxes.captions).toMatchObject({ widget: 'file', required: false });
    expect(boxes.poster).toMatchObject({ widget: 'image', required: false });
    const entry = objectFor(collectionFields('updates'), 'updates') as Record<string, unknown>;
    const { captions: _, ...withoutCaptions } = entry.video as Record<string, unknown>;
    expect(validate('updates', { ...entry, video: withoutCaptions })).toEqual([
      expect.objectContaining({ field: 'video.captions', message: expect.stringContaining('“字幕文件”必须填写') }),
    ]);
    expect(
      validate('updates', { ...entry, video: { ...withoutCaptions, captions: '../media/wenming-2020-1.pdf' } }),
    ).toEqual([
      expect.objectContaining({
        field: 'video.captions',
        message: '“字幕文件”：“../media/wenming-2020-1.pdf”不是WebVTT 字幕（.vtt）。这里只能选择 VTT 文件。',
      }),
    ]);
  });

  it('uses simple publishing only where the production backend has no editorial workflow', () => {
    const settings = (name: 'gitea' | 'github' | 'gitlab') => ({ name, branch: 'main', repo: 'a/b' });
    expect(
      decapConfig(declarations, settings('gitea'), 'http://127.0.0.1:8081/api/v1', { local: false }).publish_mode,
    ).toBe('simple');
    expect(
      decapConfig(declarations, settings('github'), 'http://127.0.0.1:8081/api/v1', { local: false }).publish_mode,
    ).toBe('editorial_workflow');
    expect(
      decapConfig(declarations, settings('gitlab'), 'http://127.0.0.1:8081/api/v1', { local: false }).publish_mode,
    ).toBe('editorial_workflow');
    // On this computer the local backend always has the workflow.
    expect(
      decapConfig(declarations, settings('gitea'), 'http://127.0.0.1:8081/api/v1', { local: true }).publish_mode,
    ).toBe('editorial_workflow');
    expect(config.show_preview_links).toBe(false);
  });

  it('marks drafts in the lists of collections that have them', () => {
    for (const collection of config.collections.filter((candidate) => candidate.folder)) {
      const hasDraft = (collection.fields as DecapField[]).some((field) => field.name === 'draft');
      expect(String(collection.summary).startsWith("{{draft | ternary('【草稿】', '')}}"), collection.name).toBe(
        hasDraft,
      );
    }
  });

  it('gives new entries ASCII file names that do not depend on the title', () => {
    for (const collection of config.collections.filter((candidate) => candidate.folder)) {
      expect(collection.slug).toBe('{{year}}{{month}}{{day}}-{{hour}}{{minute}}{{second}}');
    }
  });
});

describe('backendFromEnv', () => {
  it('reads the production Git host from PUBLIC_CMS_* variables', () => {
    expect(
      backendFromEnv({
        PUBLIC_CMS_BACKEND: 'gitea',
        PUBLIC_CMS_REPO: 'wenming/site',
        PUBLIC_CMS_BASE_URL: 'https://git.example.gov.cn',
        PUBLIC_CMS_API_ROOT: 'https://git.example.gov.cn/api/v1',
        PUBLIC_CMS_APP_ID: 'abc',
      }),
    ).toEqual({
      name: 'gitea',
      branch: 'main',
      repo: 'wenming/site',
      base_url: 'https://git.example.gov.cn',
      api_root: 'https://git.example.gov.cn/api/v1',
      app_id: 'abc',
    });
  });

  it('turns on open authoring for county accounts without write access, with the editorial workflow', () => {
    const backend = backendFromEnv({
      PUBLIC_CMS_BACKEND: 'github',
      PUBLIC_CMS_REPO: 'wenming/site',
      PUBLIC_CMS_OPEN_AUTHORING: 'true',
      PUBLIC_CMS_AUTH_SCOPE: 'repo',
    });
    expect(backend).toEqual({
      name: 'github',
      branch: 'main',
      repo: 'wenming/site',
      auth_scope: 'repo',
      open_authoring: true,
    });
    expect(decapConfig(declarations, backend, '', { local: false })).toMatchObject({
      publish_mode: 'editorial_workflow',
      backend: { open_authoring: true },
    });
    expect(backendFromEnv({ PUBLIC_CMS_BACKEND: 'github' })).not.toHaveProperty('open_authoring');
  });

  it('gives Forgejo the editorial workflow and plain Gitea none', () => {
    expect(
      decapConfig(declarations, backendFromEnv({ PUBLIC_CMS_BACKEND: 'forgejo' }), '', { local: false }).publish_mode,
    ).toBe('editorial_workflow');
    expect(
      decapConfig(declarations, backendFromEnv({ PUBLIC_CMS_BACKEND: 'gitea' }), '', { local: false }).publish_mode,
    ).toBe('simple');
  });
});

describe("what Decap's config schema refuses", () => {
  it('has no empty filter or group lists (Decap shows "Error loading the CMS configuration" for one)', () => {
    for (const collection of config.collections as {
      name: string;
      view_filters?: unknown[];
      view_groups?: unknown[];
    }[]) {
      for (const key of ['view_filters', 'view_groups'] as const) {
        if (key in collection) expect(collection[key]?.length, `${collection.name}.${key}`).toBeGreaterThan(0);
      }
    }
  });
});
