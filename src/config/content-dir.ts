import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What a city's id may be: its folder name under `cities/` and part of cache folder names. */
const CITY_ID = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * The city a build is for: `CITY=<id>` builds the site of `cities/<id>/` (docs/province.md);
 * unset, the site of `content/` (Taiyuan). Read from the environment on each call; in the CMS's
 * browser bundle this module is replaced by the values of the city it was built for (admin-bundle.ts).
 */
export function cityId(): string | undefined {
  const id = globalThis.process?.env.CITY?.trim();
  if (!id) return undefined;
  if (!CITY_ID.test(id))
    throw new Error(
      `CITY=${id}: a city's id is its folder under cities/, in lowercase letters, digits and hyphens (e.g. CITY=datong).`,
    );
  return id;
}

/** The folder holding the content being built, relative to the project: `content` or `cities/<id>`. */
export function contentDir(): string {
  const id = cityId();
  if (id === undefined) return 'content';
  const folder = `cities/${id}`;
  const settings = fileURLToPath(new URL(`../../${folder}/settings/site.yml`, import.meta.url));
  if (!existsSync(settings))
    throw new Error(
      `CITY=${id}: ${folder}/settings/site.yml does not exist. A city's content has the layout of content/, settings included (docs/province.md).`,
    );
  return folder;
}
