import { readSiteSettings } from './settings-file';
import type { Term } from './taxonomy';

/*
 * The settings of the city being built that pages and pick-lists need as plain values
 * (settings/site.yml: content/ for Taiyuan, cities/<id>/ otherwise). In the built pages and in the
 * CMS's browser bundle, where the settings file is not at hand, this module is replaced by the values
 * themselves (cityModules in src/integrations/admin-bundle.ts).
 */

/** The city's counties and districts, in the order of its settings: pick-lists, district pages, report tables. */
export const DISTRICTS: readonly Term[] = readSiteSettings().districts;

/** The city's name (城市), e.g. 太原: map links search in it, pages name it (太原市各县…). */
export const CITY_NAME: string = readSiteSettings().city;
