import type { CollectionDeclaration } from './collection';
import type { Field } from './fields';

/**
 * Derives Decap CMS collections from the same declarations the content schemas come from
 * (see to-zod.ts), so the form an editor fills in and the schema the build checks cannot differ.
 * Decap's config reference: https://decapcms.org/docs/configuration-options/
 */

export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };
export type DecapCollection = Record<string, unknown> & { name: string; label: string };

/** Uploads larger than this are refused in the media library with a message. */
export const MAX_UPLOAD_BYTES = 2_000_000;

/** Where uploads go: next to the content, so astro:assets optimises them (never public/). */
export const MEDIA_FOLDER = 'content/media';
/** How an entry file refers to an upload, relative to `content/<collection>/`. */
export const MEDIA_PATH_FROM_ENTRY = '../media';

/** Escapes a limit as a Decap `pattern` (Decap has no length option on string widgets). */
const lengthPattern = (max: number): [string, string] => [`^[\\s\\S]{0,${max}}$`, `不超过 ${max} 字`];

function common(field: Field) {
  return { name: field.name, label: field.label, required: field.required, ...(field.hint ? { hint: field.hint } : {}) };
}

const imageFields = (field: Field): DecapField[] => [
  {
    name: 'src',
    label: '图片',
    widget: 'image',
    required: true,
    choose_url: false,
    media_library: { config: { max_file_size: MAX_UPLOAD_BYTES } },
    hint: `JPG、PNG 或 WebP，不超过 ${MAX_UPLOAD_BYTES / 1_000_000} MB。`,
  },
  {
    name: 'alt',
    label: '替代文本（图片说明）',
    widget: 'string',
    required: true,
    hint: `用一句话描述${field.label}的内容，供视障读者和图片无法显示时使用。`,
  },
];

export function decapField(field: Field): DecapField {
  switch (field.widget) {
    case 'string':
      return {
        ...common(field),
        widget: 'string',
        ...(field.pattern
          ? { pattern: [field.pattern[0].source, field.pattern[1]] }
          : field.maxLength
            ? { pattern: lengthPattern(field.maxLength) }
            : {}),
      };
    case 'text':
      return { ...common(field), widget: 'text', ...(field.maxLength ? { pattern: lengthPattern(field.maxLength) } : {}) };
    case 'number':
      return { ...common(field), widget: 'number', value_type: 'int', min: field.min, max: field.max };
    case 'date':
      // Written as `2020-02-20`, exactly what the content schema reads.
      return { ...common(field), widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
    case 'boolean':
      return { ...common(field), widget: 'boolean', default: field.default };
    case 'select':
      return {
        ...common(field),
        widget: 'select',
        multiple: field.multiple,
        options: field.options.map((value, index) => ({ label: field.optionLabels?.[index] ?? value, value })),
        ...(field.minItems ? { min: field.minItems } : {}),
        ...(field.maxItems ? { max: field.maxItems } : {}),
      };
    case 'list':
      return {
        ...common(field),
        widget: 'list',
        field: {
          name: 'item',
          label: field.label,
          widget: 'string',
          ...(field.maxItemLength ? { pattern: lengthPattern(field.maxItemLength) } : {}),
        },
        ...(field.minItems ? { min: field.minItems } : {}),
        ...(field.maxItems ? { max: field.maxItems } : {}),
      };
    case 'image':
      return field.multiple
        ? { ...common(field), widget: 'list', fields: imageFields(field), summary: '{{fields.alt}}' }
        : { ...common(field), widget: 'object', fields: imageFields(field), collapsed: false };
    case 'relation':
      // value_field {{slug}} is the file name, which is the entry id the build resolves.
      return {
        ...common(field),
        widget: 'relation',
        collection: field.collection,
        value_field: '{{slug}}',
        search_fields: ['title'],
        display_fields: ['title'],
      };
    case 'object':
      return { ...common(field), widget: 'object', fields: field.fields.map(decapField) };
    case 'objectList':
      return { ...common(field), widget: 'list', fields: field.fields.map(decapField), summary: `{{fields.${field.summaryField}}}` };
  }
}

/** The Markdown body of an entry. `markdown` is the widget that keeps Chinese input intact (see docs/cms.md). */
export const BODY_FIELD: DecapField = {
  name: 'body',
  label: '正文',
  widget: 'markdown',
  required: true,
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: ['image'],
  modes: ['rich_text', 'raw'],
  hint: '用“标题 2”分节；不要粘贴网页代码。',
};

const fieldsFor = (declaration: CollectionDeclaration): DecapField[] => [
  ...declaration.fields.map(decapField),
  ...(declaration.format === 'md' ? [BODY_FIELD] : []),
];

const listViewFor = (declaration: CollectionDeclaration) => {
  const { summary, sortableFields, groupBy = [] } = declaration.listView;
  const selects = groupBy.flatMap((name) => declaration.fields.filter((field) => field.name === name && field.widget === 'select'));
  return {
    summary,
    sortable_fields: [...sortableFields],
    view_filters: selects.flatMap((field) =>
      field.widget === 'select'
        ? field.options.map((value) => ({ label: `${field.label}：${value}`, field: field.name, pattern: `^${value.replace(/[()]/g, '\\$&')}$` }))
        : [],
    ),
    view_groups: selects.map((field) => ({ label: field.label, field: field.name })),
  };
};

/** One Decap collection. Settings is a single file; every other collection is a folder of entries. */
export function decapCollection(declaration: CollectionDeclaration): DecapCollection {
  const base = { name: declaration.name, label: declaration.label, label_singular: declaration.labelSingular, description: declaration.description };
  if (declaration.name === 'settings') {
    return {
      ...base,
      editor: { preview: false },
      files: [{ name: 'site', label: declaration.label, file: 'content/settings/site.yml', fields: fieldsFor(declaration) }],
    };
  }
  const markdown = declaration.format === 'md';
  return {
    ...base,
    folder: `content/${declaration.name}`,
    create: true,
    extension: markdown ? 'md' : 'yml',
    format: markdown ? 'frontmatter' : 'yml',
    // ASCII file names for Chinese titles: the date and time of creation, made unique by Decap.
    slug: '{{year}}{{month}}{{day}}-{{hour}}{{minute}}{{second}}',
    fields: fieldsFor(declaration),
    ...listViewFor(declaration),
  };
}

/** Where the CMS saves: the local Git backend in development, a Git host in production. */
export interface BackendSettings {
  readonly name: 'git-gateway' | 'github' | 'gitlab' | 'gitea';
  readonly repo?: string;
  readonly branch: string;
  readonly base_url?: string;
  readonly api_root?: string;
  readonly auth_endpoint?: string;
  readonly app_id?: string;
}

/** The whole CMS configuration (passed to `CMS.init({ config })`, so no config.yml is loaded). */
export function decapConfig(declarations: readonly CollectionDeclaration[], backend: BackendSettings, localBackendUrl: string) {
  return {
    load_config_file: false,
    locale: 'zh_Hans',
    backend: { ...backend, commit_messages: { create: '新建 {{collection}}“{{slug}}”', update: '更新 {{collection}}“{{slug}}”', delete: '删除 {{collection}}“{{slug}}”', uploadMedia: '上传 “{{path}}”', deleteMedia: '删除 “{{path}}”' } },
    // Used only where the CMS is opened on localhost: decap-server writes to the local repository.
    local_backend: { url: localBackendUrl, allowed_hosts: ['localhost', '127.0.0.1'] },
    publish_mode: 'editorial_workflow',
    media_folder: MEDIA_FOLDER,
    public_folder: MEDIA_PATH_FROM_ENTRY,
    collections: declarations.map(decapCollection),
  };
}
