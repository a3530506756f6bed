import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { earlySettingsOf, hotlineNumbersOf, readSettingsFile } from '../config/settings-file';
import type { ReportingUnit } from '../schema/collection';
import { entryIdFromPath } from '../lib/slugs';
import { declarations } from '../schema/collections';
import { parseYaml, splitFrontMatter } from './front-matter';
import { contentDir } from '../config/content-dir';

/**
 * What the CMS's own check (admin/checks.ts) needs to know of the repository besides the entry
 * being saved: the SMS signature and public hotlines from the settings, the entries that exist
 * (relations and links may only name those), the uploaded images and the files in public/.
 * Written to dist/admin/check-context.json by the build and served live by `astro dev`.
 */
export interface CmsCheckContext {
  readonly smsSignature: string;
  readonly hotlines: readonly string[];
  /** The units expected to report (a 工作动态's 报送单位 must be one of them). */
  readonly reportingUnits: readonly ReportingUnit[];
  /** Every entry: collection, id (file name without extension), and whether it is a draft. */
  readonly entries: readonly { collection: string; id: string; draft: boolean }[];
  /** File names in content/media/. */
  readonly media: readonly string[];
  /** Paths of files in public/, e.g. `/favicon.svg`. */
  readonly publicFiles: readonly string[];
}

export const CMS_CONTEXT_PATH = 'admin/check-context.json';

const namesIn = (folder: string, recursive = false): string[] =>
  existsSync(folder) ? readdirSync(folder, { recursive, encoding: 'utf8' }) : [];

export function cmsCheckContext(root: string): CmsCheckContext {
  const settings = readSettingsFile(root, { strict: false }).data;
  const { smsSignature, reportingUnits } = earlySettingsOf(settings);
  const entries: CmsCheckContext['entries'][number][] = [];
  for (const declaration of declarations) {
    if (declaration.singleton) continue;
    for (const name of namesIn(join(root, contentDir(), declaration.name))) {
      if (!/\.(md|ya?ml)$/.test(name)) continue;
      const text = readFileSync(join(root, contentDir(), declaration.name, name), 'utf8').replace(/\r\n?/g, '\n');
      const split = declaration.format === 'md' ? splitFrontMatter(text, name) : { yaml: text };
      const parsed = 'yaml' in split ? parseYaml(split.yaml, name, 1) : undefined;
      const draft = parsed !== undefined && 'data' in parsed && parsed.data.draft === true;
      entries.push({ collection: declaration.name, id: entryIdFromPath(name), draft });
    }
  }
  return {
    smsSignature,
    reportingUnits,
    hotlines: hotlineNumbersOf(settings),
    entries,
    media: namesIn(join(root, contentDir(), 'media')),
    publicFiles: namesIn(join(root, 'public'), true).map((name) => `/${name}`),
  };
}
