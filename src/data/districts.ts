import type { CollectionEntry } from 'astro:content';
import { DISTRICTS, type Term } from '../config/taxonomy';
import { getCenters, type Center } from './centers';
import { getListed } from './entries';

/** What one county or district has on the site. */
export interface DistrictContent {
  readonly district: Term;
  readonly reports: CollectionEntry<'updates'>[];
  readonly stories: CollectionEntry<'stories'>[];
  readonly centers: Center[];
}

/** Every district of the taxonomy with its published reports, stories and practice centers. */
export async function getDistricts(): Promise<DistrictContent[]> {
  const [reports, stories, centers] = await Promise.all([getListed('updates'), getListed('stories'), getCenters()]);
  return DISTRICTS.map((district) => ({
    district,
    reports: reports.filter((report) => report.data.district === district.name),
    stories: stories.filter((story) => story.data.district === district.name),
    centers: centers.filter((center) => center.data.district === district.name),
  }));
}
