import type { CollectionEntry } from 'astro:content';
import type { CampaignKind } from '../config/taxonomy';
import { campaignOrder, servesCampaign } from '../lib/campaigns';
import { byNewest, getListed } from './entries';

type Campaign = CollectionEntry<'campaigns'>;

/** How many of each kind a campaign page lists: the newest; the page says how many there are in all. */
export const CAMPAIGN_LIST_LIMIT = 8;

/** The listed campaigns in the plan's order of kinds (文明城市 first), newest first within a kind. */
export async function getCampaigns(): Promise<Campaign[]> {
  return [...(await getListed('campaigns'))].sort(
    (a, b) => campaignOrder(a.data.kind) - campaignOrder(b.data.kind) || byNewest(a, b),
  );
}

/** One list on a campaign page: the newest entries and how many serve the campaign in all. */
export interface CampaignList<C extends 'stories' | 'updates' | 'posters'> {
  readonly entries: CollectionEntry<C>[];
  readonly total: number;
}

/** The stories, reports and posters a campaign's page lists (see src/lib/campaigns.ts for which). */
export interface CampaignRelated {
  readonly stories: CampaignList<'stories'>;
  readonly updates: CampaignList<'updates'>;
  readonly posters: CampaignList<'posters'>;
}

async function listFor<C extends 'stories' | 'updates' | 'posters'>(
  collection: C,
  kind: CampaignKind,
): Promise<CampaignList<C>> {
  const serving = (await getListed(collection)).filter((entry) => servesCampaign(entry.data, kind));
  return { entries: serving.slice(0, CAMPAIGN_LIST_LIMIT), total: serving.length };
}

/** What the page of a campaign of this kind lists. */
export async function getCampaignRelated(kind: CampaignKind): Promise<CampaignRelated> {
  const [stories, updates, posters] = await Promise.all([
    listFor('stories', kind),
    listFor('updates', kind),
    listFor('posters', kind),
  ]);
  return { stories, updates, posters };
}
