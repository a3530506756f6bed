import type { CollectionDeclaration } from './collection';
import type { Field } from './fields';
import { extensionList, FILE_KINDS, limitText } from '../media/kinds';
import { contentDir } from '../config/content-dir';

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
export const MEDIA_FOLDER = `${contentDir()}/media`;
/** How an entry file refers to an upload, relative to `content/<collection>/`. */
export const MEDIA_PATH_FROM_ENTRY = '../media';

/** Escapes a limit as a Decap `pattern` (Decap has no length option on string widgets). */
const lengthPattern = (max: number): [string, string] => [`^[\\s\\S]{0,${max}}$`, `不超过 ${max} 字`];

function common(field: Field) {
  return {
    name: field.name,
    label: field.label,
    required: field.required,
    ...(field.hint ? { hint: field.hint } : {}),
  };
}

/**
 * The boxes of an image: the file and its alternative text. Decap checks each box on its own,
 * whether or not the image itself is required, so in an optional image (`required: false`) both
 * boxes are optional too, or an entry without a picture could not be saved; that an image that is
 * given has its alternative text is then checked by the content check, which the CMS runs before
 * every save (admin/checks.ts).
 */
const imageFields = (field: Field, required = field.required): DecapField[] => [
  {
    name: 'src',
    label: '图片',
    widget: 'image',
    required,
    choose_url: false,
    media_library: { config: { max_file_size: MAX_UPLOAD_BYTES } },
    hint: `JPG、PNG 或 WebP，不超过 ${MAX_UPLOAD_BYTES / 1_000_000} MB。`,
  },
  {
    name: 'alt',
    label: '替代文本（图片说明）',
    widget: 'string',
    required,
    hint: `用一句话描述${field.label}的内容，供视障读者和图片无法显示时使用。${required ? '' : '选了图片就必须填写。'}`,
  },
  ...(field.widget === 'image' && field.credit
    ? [
        {
          name: 'credit',
          label: '图片来源/作者',
          widget: 'string',
          required,
          pattern: lengthPattern(40),
          hint: `谁绘制或拍摄了这张图片，例如“太原市文明办绘制”，会印在图片旁边。${required ? '' : '选了图片就必须填写。'}`,
        },
      ]
    : []),
];

export function decapField(field: Field): DecapField {
  switch (field.widget) {
    case 'string':
      if (field.listedIn) {
        const { collection, file, path } = field.listedIn;
        return {
          ...common(field),
          widget: 'relation',
          collection,
          file,
          value_field: path,
          search_fields: [path],
          display_fields: [path],
          options_length: 500,
        };
      }
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
      return {
        ...common(field),
        widget: 'text',
        ...(field.maxLength ? { pattern: lengthPattern(field.maxLength) } : {}),
      };
    case 'number':
      return { ...common(field), widget: 'number', value_type: 'int', min: field.min, max: field.max };
    case 'date':
      // Written as `2020-02-20`, exactly what the content schema reads.
      return {
        ...common(field),
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'YYYY-MM-DD',
        time_format: false,
        picker_utc: true,
      };
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
        ? { ...common(field), widget: 'list', fields: imageFields(field, true), summary: '{{fields.alt}}' }
        : { ...common(field), widget: 'object', fields: imageFields(field), collapsed: false };
    case 'file':
      // A poster frame is picked as an image (the media library shows thumbnails); the others as files.
      return {
        ...common(field),
        widget: field.accept === 'poster' ? 'image' : 'file',
        choose_url: false,
        media_library: { config: { max_file_size: FILE_KINDS[field.accept].maxBytes } },
        hint: `${field.hint ?? ''}${extensionList(field.accept)} 文件，不超过 ${limitText(field.accept)}。`,
      };
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
      // Decap checks each box of an object even when the object is optional (as with images): in an
      // optional object every box is optional in the form, and the content check, which the CMS runs
      // before every save (admin/checks.ts), requires the boxes of an object that is filled in.
      return {
        ...common(field),
        widget: 'object',
        fields: field.fields.map((child) =>
          field.required ? decapField(child) : { ...decapField(child), required: false },
        ),
        ...(field.required ? {} : { collapsed: true }),
      };
    case 'objectList':
      return {
        ...common(field),
        widget: 'list',
        fields: field.fields.map(decapField),
        summary: `{{fields.${field.summaryField}}}`,
      };
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

/** The body as a collection declares it: its own label and hint; plain text has no formatting buttons or images. */
const bodyFieldFor = (declaration: CollectionDeclaration): DecapField => {
  const { body } = declaration;
  if (!body) return BODY_FIELD;
  return {
    ...BODY_FIELD,
    label: body.label,
    hint: body.hint,
    ...(body.plain ? { buttons: [], editor_components: [], modes: ['raw'] } : {}),
  };
};

const fieldsFor = (declaration: CollectionDeclaration): DecapField[] => [
  ...declaration.fields.map(decapField),
  ...(declaration.format === 'md' ? [bodyFieldFor(declaration)] : []),
];

/** Decap summary template: “【草稿】” where the entry's `draft` is true, nothing otherwise. */
export const DRAFT_MARK = "{{draft | ternary('【草稿】', '')}}";

const listViewFor = (declaration: CollectionDeclaration) => {
  const { sortableFields, groupBy = [] } = declaration.listView;
  // Drafts are marked in the list: 草稿 before the title of an entry whose draft box is ticked.
  const hasDraft = declaration.fields.some((field) => field.name === 'draft' && field.widget === 'boolean');
  const summary = `${hasDraft ? DRAFT_MARK : ''}${declaration.listView.summary}`;
  const selects = groupBy.flatMap((name) =>
    declaration.fields.filter((field) => field.name === name && field.widget === 'select'),
  );
  const viewFilters = selects.flatMap((field) =>
    field.widget === 'select'
      ? field.options.map((value) => ({
          label: `${field.label}：${value}`,
          field: field.name,
          pattern: `^${value.replace(/[()]/g, '\\$&')}$`,
        }))
      : [],
  );
  // Decap's config schema refuses empty filter and group lists: a collection without pick-lists has none.
  return {
    summary,
    sortable_fields: [...sortableFields],
    ...(viewFilters.length > 0
      ? { view_filters: viewFilters, view_groups: selects.map((field) => ({ label: field.label, field: field.name })) }
      : {}),
  };
};

/** One Decap collection: a single file (a singleton: the settings) or a folder of entries. */
export function decapCollection(declaration: CollectionDeclaration): DecapCollection {
  const base = {
    name: declaration.name,
    label: declaration.label,
    label_singular: declaration.labelSingular,
    description: declaration.description,
  };
  if (declaration.singleton) {
    const { id } = declaration.singleton;
    return {
      ...base,
      editor: { preview: false },
      files: [
        {
          name: id,
          label: declaration.label,
          file: `${contentDir()}/${declaration.name}/${id}.yml`,
          fields: fieldsFor(declaration),
        },
      ],
    };
  }
  const markdown = declaration.format === 'md';
  return {
    ...base,
    folder: `${contentDir()}/${declaration.name}`,
    create: true,
    extension: markdown ? 'md' : 'yml',
    format: markdown ? 'frontmatter' : 'yml',
    // ASCII file names for Chinese titles: the date and time of creation, made unique by Decap.
    slug: '{{year}}{{month}}{{day}}-{{hour}}{{minute}}{{second}}',
    // Decap names entries by their `title`; a collection without one (slogans: the text is the title) by its first field.
    ...(declaration.fields.some((field) => field.name === 'title')
      ? {}
      : { identifier_field: declaration.fields[0]!.name }),
    fields: fieldsFor(declaration),
    ...listViewFor(declaration),
  };
}

/** Where the CMS saves: the local Git backend in development, a Git host in production. */
export interface BackendSettings {
  readonly name: 'git-gateway' | 'github' | 'gitlab' | 'gitea' | 'forgejo';
  readonly repo?: string;
  readonly branch: string;
  readonly base_url?: string;
  readonly api_root?: string;
  readonly auth_endpoint?: string;
  readonly app_id?: string;
  /**
   * GitHub and Forgejo: users without write access (a county's account) work in a fork and submit
   * each entry as a pull request (https://decapcms.org/docs/open-authoring/).
   */
  readonly open_authoring?: boolean;
  /** `repo` lets open authoring fork a private GitHub repository. */
  readonly auth_scope?: string;
}

/**
 * Backends that can keep drafts on branches and merge them on publish (Decap's editorial
 * workflow). Decap's Gitea backend cannot: with it, 保存 publishes at once (publish_mode simple),
 * and the content check still runs before every save (admin/checks.ts).
 */
export const WORKFLOW_BACKENDS: readonly BackendSettings['name'][] = ['github', 'gitlab', 'git-gateway', 'forgejo'];

/** 草稿 → 待审核 → 待发布 → 已发布 where the backend can, 保存 = 发布 where it cannot. */
export function publishModeFor(backend: BackendSettings, local: boolean): 'editorial_workflow' | 'simple' {
  return local || WORKFLOW_BACKENDS.includes(backend.name) ? 'editorial_workflow' : 'simple';
}

/**
 * The whole CMS configuration (passed to `CMS.init({ config })`, so no config.yml is loaded).
 * `local`: the CMS is opened on this computer (localhost), where it saves through the local
 * backend, which has the editorial workflow whatever the production backend.
 */
export function decapConfig(
  declarations: readonly CollectionDeclaration[],
  backend: BackendSettings,
  localBackendUrl: string,
  { local = true }: { local?: boolean } = {},
) {
  return {
    load_config_file: false,
    locale: 'zh_Hans',
    backend: {
      ...backend,
      ...(backend.name === 'gitlab' && backend.app_id ? { auth_type: 'pkce' } : {}),
      commit_messages: {
        create: '新建 {{collection}}“{{slug}}”',
        update: '更新 {{collection}}“{{slug}}”',
        delete: '删除 {{collection}}“{{slug}}”',
        uploadMedia: '上传 “{{path}}”',
        deleteMedia: '删除 “{{path}}”',
      },
    },
    // Used only where the CMS is opened on localhost: the local backend (src/cms-server/) writes to the repository.
    local_backend: { url: localBackendUrl, allowed_hosts: ['localhost', '127.0.0.1'] },
    publish_mode: publishModeFor(backend, local),
    // No “点击以预览” button: the site has no per-draft preview deployments (the editor's preview pane shows the page).
    show_preview_links: false,
    media_folder: MEDIA_FOLDER,
    public_folder: MEDIA_PATH_FROM_ENTRY,
    collections: declarations.map(decapCollection),
  };
}
