import type { CollectionEntry } from 'astro:content';
import type { ArticleCollection } from '../config/sections';
import { needsReview } from '../lib/review';

/** Whether what an entry says still holds, as lists, posters and the entry's own page show it. */
export interface Currency {
  /** Short Chinese label: 有效, 已废止, 已失效, 已撤回, 已有新版, 已过审核期. */
  readonly label: string;
  /** True when a reader should be warned before relying on the entry. */
  readonly warning: boolean;
  /** Since when (a notice's repeal or lapse, or the review date that passed). */
  readonly since?: Date;
}

/**
 * The currency of a knowledge article (withdrawn, superseded, overdue for review) or a notice
 * (its 有效性); undefined for entries that carry none.
 */
export function currencyOf(entry: CollectionEntry<ArticleCollection>): Currency | undefined {
  if (entry.collection === 'knowledge') {
    const data = entry.data as CollectionEntry<'knowledge'>['data'];
    if (data.withdrawn) return { label: '已撤回', warning: true };
    if (data.supersededBy) return { label: '已有新版', warning: true };
    // Withdrawn and superseded are answered above; a draft previewed in dev shows its state too.
    if (needsReview({ nextReview: data.nextReview }))
      return { label: '已过审核期', warning: true, since: data.nextReview };
    return undefined;
  }
  if (entry.collection === 'notices') {
    const data = entry.data as CollectionEntry<'notices'>['data'];
    return data.validity === '有效'
      ? { label: '有效', warning: false }
      : { label: data.validity, warning: true, since: data.validityDate };
  }
  return undefined;
}
