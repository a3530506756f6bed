import type { CollectionDeclaration } from '../schema/collection';
import * as declared from '../schema/collections';

/** A top-level section of the site (栏目), backed by one collection and served under `/<name>/`. */
export interface Section {
  readonly collection: SectionCollection;
  readonly label: string;
  /** One line under the section heading. */
  readonly intro: string;
  /** Whether each entry has a page of its own (SMS texts and centers are read in their lists). */
  readonly entryPages: boolean;
}

export type SectionCollection = 'knowledge' | 'customs' | 'stories' | 'notices' | 'updates' | 'posters' | 'sms' | 'centers';
/** Sections whose entries are articles with a Markdown body, a summary and a page each. */
export type ArticleCollection = 'knowledge' | 'customs' | 'stories' | 'notices' | 'updates' | 'posters';

const section = (declaration: CollectionDeclaration & { name: SectionCollection }, entryPages: boolean): Section => ({
  collection: declaration.name,
  label: declaration.label,
  intro: declaration.description.split('。')[0] + '。',
  entryPages,
});

/** The sections in menu order. */
export const SECTIONS: readonly Section[] = [
  section(declared.knowledge, true),
  section(declared.customs, true),
  section(declared.stories, true),
  section(declared.notices, true),
  section(declared.updates, true),
  section(declared.posters, true),
  section(declared.sms, false),
  section(declared.centers, false),
];

export const ARTICLE_COLLECTIONS = ['knowledge', 'customs', 'stories', 'notices', 'updates', 'posters'] as const satisfies readonly ArticleCollection[];

export function sectionOf(collection: SectionCollection): Section {
  const found = SECTIONS.find((candidate) => candidate.collection === collection);
  if (!found) throw new Error(`Unknown section: ${collection}`);
  return found;
}
