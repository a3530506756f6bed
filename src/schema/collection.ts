import type { DataOfFields, Field } from './fields';

/** Site settings a rule may depend on, passed in by whoever builds the schema. */
export interface RuleSettings {
  /** Sender signature put before every public-service SMS, e.g. 【太原市文明办】. */
  readonly smsSignature: string;
  /** Units expected to report (网站设置 → 信息报送 → 报送单位): a report's 报送单位 must be one of them. */
  readonly reportingUnits: readonly ReportingUnit[];
}

/** A unit expected to report, with its county or district (or 市直). */
export interface ReportingUnit {
  readonly name: string;
  readonly district: string;
}

/**
 * A rule over several fields of one entry, checked after each field is valid on its own. `Data` is
 * the collection's parsed data (`DataOfFields` of its fields), so a rule reads its fields typed.
 * Methods, not function properties: a collection's rules stay assignable to the rules of any
 * collection (`CollectionDeclaration` with its default type), which the CMS and checks iterate over.
 */
export interface CrossFieldRule<Data = Record<string, unknown>> {
  /** Field the message is attached to. */
  readonly field: string;
  /** Chinese message for editors; may describe the data (a count, say). */
  readonly message: string | { describe(data: Data, settings: RuleSettings): string }['describe'];
  holds(data: Data, settings: RuleSettings): boolean;
}

/** How the CMS lists a collection. */
export interface ListView {
  /** Decap summary template, e.g. `{{title}} · {{published}}`. */
  readonly summary: string;
  readonly sortableFields: readonly string[];
  /** Select fields offered as filters and groups in the CMS list view. */
  readonly groupBy?: readonly string[];
}

/** What a collection's rules read: its parsed data, or any record for a declaration of unknown fields. */
type RuleData<F extends readonly Field[]> = readonly Field[] extends F ? Record<string, unknown> : DataOfFields<F>;

/** One collection of the content model: the single declaration both the build and the CMS read. */
export interface CollectionDeclaration<F extends readonly Field[] = readonly Field[]> {
  /** Folder under `content/` and the Astro collection name. */
  readonly name: string;
  /** Chinese plural label (栏目名). */
  readonly label: string;
  readonly labelSingular: string;
  /** What the collection is for, shown at the top of the CMS list. */
  readonly description: string;
  /** `md`: front matter and a Markdown body; `yml`: data only. */
  readonly format: 'md' | 'yml';
  readonly fields: F;
  /**
   * How the CMS offers the Markdown body, where it differs from an article's: its label and hint, and
   * `plain` for text read as written (a loudspeaker script), edited as raw text with no formatting buttons.
   */
  readonly body?: { readonly label: string; readonly hint: string; readonly plain?: boolean };
  readonly rules?: readonly CrossFieldRule<RuleData<F>>[];
  readonly listView: ListView;
  /** One file of this name under the collection's folder instead of a folder of entries (the site settings). */
  readonly singleton?: { readonly id: string };
  /** The fact a list card shows beside the date (a story's 县（市、区）, an article's 主题). */
  readonly cardFact?: F[number]['name'];
  /** Fields the section's list page counts entries by, linking to a page per value (县（市、区）, 类别, 主题). */
  readonly listFacets?: readonly F[number]['name'][];
}

/** A declaration, typed by its own fields: rules read them typed, and `cardFact` must name one of them. */
export const defineCollectionDeclaration = <const F extends readonly Field[], const N extends string>(
  declaration: CollectionDeclaration<F> & { readonly name: N },
) => declaration;

/** The parsed data of an entry of a declared collection. */
export type DataOf<D extends CollectionDeclaration> = DataOfFields<D['fields']>;
