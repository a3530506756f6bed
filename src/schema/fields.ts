import type { ImageMetadata } from 'astro';
import type { FileKind } from '../media/kinds';
/**
 * The field vocabulary of the content model. Each collection declares its fields once with these
 * builders; `to-zod.ts` derives the Astro content schema and `to-decap.ts` the Decap CMS
 * collection from the same declaration, so the CMS form and the build cannot disagree.
 */

interface FieldBase {
  /** Key in the front matter (ASCII camelCase). */
  readonly name: string;
  /** Chinese label, shown in the CMS form and in editors' error messages. */
  readonly label: string;
  /** Help text under the field in the CMS. */
  readonly hint?: string;
  /** Defaults to true. */
  readonly required: boolean;
}

export interface StringField extends FieldBase {
  readonly widget: 'string';
  readonly maxLength?: number;
  /** A pattern the value must match, with the Chinese explanation shown when it does not. */
  readonly pattern?: readonly [RegExp, string];
  /**
   * The CMS offers the values of a list in a settings file instead of a text box (Decap's relation
   * widget on a file collection: `path` like `reporting.units.*.name`); the build checks the value
   * with a collection rule.
   */
  readonly listedIn?: { readonly collection: string; readonly file: string; readonly path: string };
}
/** Multi-line plain text. */
export interface TextField extends FieldBase {
  readonly widget: 'text';
  readonly maxLength?: number;
}
/** A whole number. */
export interface NumberField extends FieldBase {
  readonly widget: 'number';
  readonly min?: number;
  readonly max?: number;
}
/** A calendar date, written `2020-02-20`. */
export interface DateField extends FieldBase {
  readonly widget: 'date';
}
export interface BooleanField extends FieldBase {
  readonly widget: 'boolean';
  readonly default: boolean;
}
export interface SelectField extends FieldBase {
  readonly widget: 'select';
  readonly options: readonly string[];
  /** Labels shown in the CMS where they differ from the stored values. */
  readonly optionLabels?: readonly string[];
  readonly multiple: boolean;
  readonly minItems?: number;
  readonly maxItems?: number;
}
/** A list of short free-text items (tags, keywords, slogan lines). */
export interface ListField extends FieldBase {
  readonly widget: 'list';
  readonly minItems?: number;
  readonly maxItems?: number;
  /** Longest allowed item, in characters. */
  readonly maxItemLength?: number;
}
/** An image stored next to the content, with its alternative text. */
export interface ImageField extends FieldBase {
  readonly widget: 'image';
  readonly multiple: boolean;
  /** Whether the image also needs its source or author (图片来源/作者), printed beside it. */
  readonly credit?: boolean;
}
/**
 * A file in the media folder that is not shown as a picture: a document attached to a notice, a
 * video, its WebVTT captions or its poster frame (`accept`, see src/media/kinds.ts for the types
 * and size limits). Written like an image path, relative to the entry: `../media/plan.pdf`.
 */
export interface FileField extends FieldBase {
  readonly widget: 'file';
  readonly accept: FileKind;
}
/** The id (file name) of an entry in another collection. */
export interface RelationField extends FieldBase {
  readonly widget: 'relation';
  readonly collection: string;
}
export interface ObjectField extends FieldBase {
  readonly widget: 'object';
  readonly fields: readonly Field[];
}
/** A list of objects with the same fields (hotlines, for example). */
export interface ObjectListField extends FieldBase {
  readonly widget: 'objectList';
  readonly fields: readonly Field[];
  /** Field of each item shown in the collapsed CMS list. */
  readonly summaryField: string;
}

export type Field =
  | StringField
  | TextField
  | NumberField
  | DateField
  | BooleanField
  | SelectField
  | ListField
  | ImageField
  | FileField
  | RelationField
  | ObjectField
  | ObjectListField;

type Options<F extends Field> = Partial<Omit<F, 'widget' | 'name' | 'label'>>;

/** A built field keeps its name and whether it is required as literal types, for `DataOf`. */
type Built<F extends Field, N extends string, O> = F & {
  readonly name: N;
  readonly required: O extends { required: false } ? false : true;
};

const base = (name: string, label: string, options: { required?: boolean; hint?: string }) => ({
  name,
  label,
  required: options.required ?? true,
  ...(options.hint ? { hint: options.hint } : {}),
});

const build =
  <F extends Field>(widget: F['widget']) =>
  <const N extends string, const O extends Options<F> = Options<F>>(name: N, label: string, options?: O) =>
    ({ ...options, ...base(name, label, options ?? {}), widget }) as Built<F, N, O>;

export const string = build<StringField>('string');
export const text = build<TextField>('text');
export const number = build<NumberField>('number');
export const date = build<DateField>('date');
export const list = build<ListField>('list');

/** Booleans are never required: left out, they take their default (false unless given). */
export const boolean = <const N extends string>(
  name: N,
  label: string,
  options: { hint?: string; default?: boolean } = {},
) =>
  ({
    ...base(name, label, { ...options, required: false }),
    widget: 'boolean',
    default: options.default ?? false,
  }) as BooleanField & {
    readonly name: N;
    readonly required: false;
  };

export const select = <
  const N extends string,
  const V extends readonly string[],
  const O extends Options<SelectField> = Options<SelectField>,
>(
  name: N,
  label: string,
  options: V,
  rest?: O,
) =>
  ({
    ...rest,
    ...base(name, label, rest ?? {}),
    widget: 'select',
    options,
    multiple: rest?.multiple ?? false,
  }) as Built<SelectField, N, O> & {
    readonly options: V;
    readonly multiple: O extends { multiple: true } ? true : false;
  };

export const image = <const N extends string, const O extends Options<ImageField> = Options<ImageField>>(
  name: N,
  label: string,
  options?: O,
) =>
  ({ ...options, ...base(name, label, options ?? {}), widget: 'image', multiple: options?.multiple ?? false }) as Built<
    ImageField,
    N,
    O
  > & {
    readonly multiple: O extends { multiple: true } ? true : false;
    readonly credit: O extends { credit: true } ? true : false;
  };

export const file = <const N extends string, const O extends Options<FileField> = Options<FileField>>(
  name: N,
  label: string,
  accept: FileKind,
  options?: O,
) => ({ ...options, ...base(name, label, options ?? {}), widget: 'file', accept }) as Built<FileField, N, O>;

export const relation = <
  const N extends string,
  const C extends string,
  const O extends Options<RelationField> = Options<RelationField>,
>(
  name: N,
  label: string,
  collection: C,
  options?: O,
) =>
  ({ ...options, ...base(name, label, options ?? {}), widget: 'relation', collection }) as Built<
    RelationField,
    N,
    O
  > & { readonly collection: C };

export const object = <
  const N extends string,
  const F extends readonly Field[],
  const O extends Options<ObjectField> = Options<ObjectField>,
>(
  name: N,
  label: string,
  fields: F,
  options?: O,
) =>
  ({ ...options, ...base(name, label, options ?? {}), widget: 'object', fields }) as Built<ObjectField, N, O> & {
    readonly fields: F;
  };

export const objectList = <
  const N extends string,
  const F extends readonly Field[],
  const O extends Options<ObjectListField> = Options<ObjectListField>,
>(
  name: N,
  label: string,
  fields: F,
  summaryField: string,
  options?: O,
) =>
  ({ ...options, ...base(name, label, options ?? {}), widget: 'objectList', fields, summaryField }) as Built<
    ObjectListField,
    N,
    O
  > & {
    readonly fields: F;
  };

/** What the image schema yields after Astro has resolved the file. */
export interface ImageValue {
  readonly src: ImageMetadata;
  readonly alt: string;
}

/** An image declared with `credit: true`: also who made or took it. */
export interface CreditedImageValue extends ImageValue {
  readonly credit: string;
}

/** The parsed value of one field. */
type ValueOf<F> = F extends { widget: 'string' | 'text' | 'file' }
  ? string
  : F extends { widget: 'number' }
    ? number
    : F extends { widget: 'date' }
      ? Date
      : F extends { widget: 'boolean' }
        ? boolean
        : F extends { widget: 'select'; options: readonly (infer V)[]; multiple: infer M }
          ? M extends true
            ? V[]
            : V
          : F extends { widget: 'list' }
            ? string[]
            : F extends { widget: 'image'; multiple: infer M; credit: infer C }
              ? M extends true
                ? (C extends true ? CreditedImageValue : ImageValue)[]
                : C extends true
                  ? CreditedImageValue
                  : ImageValue
              : F extends { widget: 'relation'; collection: infer C }
                ? { collection: C; id: string }
                : F extends { widget: 'object'; fields: infer S extends readonly Field[] }
                  ? DataOfFields<S>
                  : F extends { widget: 'objectList'; fields: infer S extends readonly Field[] }
                    ? DataOfFields<S>[]
                    : never;

type ListLike<F> = F extends { widget: 'list' | 'objectList' } ? true : F extends { multiple: true } ? true : false;

/** The parsed data of an entry with these fields: optional lists read as empty lists. */
export type DataOfFields<S extends readonly Field[]> = {
  [
    F in S[number] as F['required'] extends true
      ? F['name']
      : ListLike<F> extends true
        ? F['name']
        : F extends { widget: 'boolean' }
          ? F['name']
          : never
  ]: ValueOf<F>;
} & {
  [
    F in S[number] as F['required'] extends true
      ? never
      : ListLike<F> extends true
        ? never
        : F extends { widget: 'boolean' }
          ? never
          : F['name']
  ]?: ValueOf<F>;
};
