import type { CollectionEntry } from 'astro:content';
import { ADVICE_COLLECTIONS, RANKING_FILTERS, type RankingFilterKey, type SearchFilterKey } from '../shared/config';
import { isPast } from '../../lib/dates';
import { sectionOf, type ArticleCollection } from '../../config/sections';
import { toIsoDay } from '../../lib/dates';
import { searchTerms } from '../shared/terms';

/**
 * What an entry tells the search index besides its text: filters and result metadata.
 * Metadata is searched like the body but never shown in excerpts (https://pagefind.app/docs/metadata/),
 * so the title, the facts of the metadata box and the editors' keywords are indexed there, and the
 * excerpts come from the article's own text. Dates are ISO days (`2020-02-05`) that the search page
 * sorts by (src/search/shared/result-dates.ts) and formats.
 */
export interface SearchFields {
  readonly filters: Partial<Record<SearchFilterKey | RankingFilterKey, readonly string[]>>;
  readonly meta: Readonly<Record<string, string>>;
}

/** Fields whose values readers may type to find an entry: who, where, what kind, from whom. */
const FACT_FIELDS = [
  'district',
  'category',
  'topic',
  'theme',
  'audience',
  'person',
  'unit',
  'honours',
  'issuer',
  'docNumber',
  'kind',
];

const textsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((item): item is string => typeof item === 'string')
      : [];

/**
 * Words readers may type for an entry besides its text: the editors' keywords and synonyms
 * (knowledge), tags, and the facts of its metadata box. Either name of a thing (新冠 / 新型冠状病毒)
 * finds the page.
 */
export function searchKeywords(entry: CollectionEntry<ArticleCollection>): string[] {
  const data = entry.data as Record<string, unknown>;
  const words = [data.keywords, data.synonyms, data.tags, ...FACT_FIELDS.map((field) => data[field])].flatMap(textsOf);
  return [...new Set(words.map((word) => word.trim()).filter(Boolean))];
}

const common = (section: string, title: string, published: Date) => ({
  meta: { title, section, date: toIsoDay(published), title_words: searchTerms([title]) },
});

/** Filters and metadata of an article page. `image` is the URL of its thumbnail, if any. */
export function articleSearchFields(entry: CollectionEntry<ArticleCollection>, image?: string): SearchFields {
  const data = entry.data as Record<string, unknown> & { title: string; published: Date };
  const section = sectionOf(entry.collection).label;
  const { meta } = common(section, data.title, data.published);
  const only = (collections: readonly ArticleCollection[], field: string) =>
    collections.includes(entry.collection) ? textsOf(data[field]) : [];
  return {
    filters: {
      section: [section],
      district: only(['stories', 'updates'], 'district'),
      category: only(['stories'], 'category'),
      topic: only(['knowledge', 'posters', 'broadcasts'], 'topic'),
      audience: only(['posters'], 'audience'),
      // Not shown as filters: the search ranks advice first for how-to questions, and overdue advice last.
      [RANKING_FILTERS.advice]: (ADVICE_COLLECTIONS as readonly string[]).includes(entry.collection) ? ['1'] : [],
      [RANKING_FILTERS.overdue]: data.nextReview instanceof Date && isPast(data.nextReview) ? ['1'] : [],
      // Posters and loudspeaker scripts retell an article's advice for a notice board or a loudspeaker, and campaign
      // pages restate the plan's words: the articles that explain come first.
      [RANKING_FILTERS.minor]:
        entry.collection === 'posters' || entry.collection === 'broadcasts' || entry.collection === 'campaigns'
          ? ['1']
          : [],
    },
    meta: { ...meta, ...(image ? { image } : {}), keywords: searchTerms(searchKeywords(entry)) },
  };
}

/** A practice center's card on /centers/, a search result of its own. */
export function centerSearchFields(center: CollectionEntry<'centers'>): SearchFields {
  const section = sectionOf('centers').label;
  const { data } = center;
  return {
    filters: { section: [section], district: [data.district], [RANKING_FILTERS.minor]: ['1'] },
    ...common(section, data.title, data.published),
  };
}

/** A fever clinic's card on /clinics/, a search result of its own (小店区发热门诊 finds the clinic, with its address and phone). */
export function clinicSearchFields(clinic: CollectionEntry<'clinics'>): SearchFields {
  const section = sectionOf('clinics').label;
  const { data } = clinic;
  return {
    // Six cards that say almost the same: they count as little as a center's card beside an article.
    filters: { section: [section], district: [data.district], [RANKING_FILTERS.minor]: ['1'] },
    ...common(section, data.title, data.published),
  };
}

/** A public-service SMS text's card on /sms/, a search result of its own. */
export function smsSearchFields(message: { readonly title: string; readonly approved: Date }): SearchFields {
  const section = sectionOf('sms').label;
  return {
    filters: { section: [section], [RANKING_FILTERS.minor]: ['1'] },
    ...common(section, message.title, message.approved),
  };
}

/** A slogan's card on /slogans/, a search result of its own: the slogan is its title. */
export function sloganSearchFields(slogan: {
  readonly text: string;
  readonly approved: Date;
  readonly topic: { readonly name: string };
}): SearchFields {
  const section = sectionOf('slogans').label;
  const { meta } = common(section, slogan.text, slogan.approved);
  return {
    filters: { section: [section], [RANKING_FILTERS.minor]: ['1'] },
    meta: { ...meta, keywords: searchTerms([slogan.topic.name]) },
  };
}
