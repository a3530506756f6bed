import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as parseYaml } from 'js-yaml';
import { readContentText } from '../checks/read-text';
import type { ReportingUnit } from '../schema/collection';
import { reportingUnitsOf } from '../schema/reporting-unit';

/** Where editors keep the site settings, relative to the project; the CMS edits this file. */
export const SETTINGS_FILE = 'content/settings/site.yml';

/** The settings file as the code outside the content layer reads it: its text, and its YAML as data. */
export interface SettingsFile {
  readonly text: string;
  readonly data: Record<string, unknown>;
}

/**
 * The one reader of the settings file outside the content layer (the content check, the CMS's check
 * context, the search's synonyms, the early settings below). Read like any content file (BOM, CRLF);
 * with `strict: false` a missing, non-UTF-8 or broken file reads as empty, for the readers that run
 * where the content check reports it; otherwise it throws a message naming the file.
 */
export function readSettingsFile(root: string, { strict = true } = {}): SettingsFile {
  const path = join(root, SETTINGS_FILE);
  try {
    if (!strict && !existsSync(path)) return { text: '', data: {} };
    const text = readContentText(path, SETTINGS_FILE);
    const data = parseYaml(text) ?? {};
    return { text, data: typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {} };
  } catch (error) {
    if (!strict) return { text: '', data: {} };
    throw new Error(`网站设置文件 ${SETTINGS_FILE} 无法读取：${(error as Error).message}`, { cause: error });
  }
}

/** The few settings needed before content is loaded: by the Astro config and by schema rules. */
export interface EarlySettings {
  readonly siteUrl: string;
  readonly smsSignature: string;
  /** The units expected to report, for the rule on 工作动态's 报送单位. */
  readonly reportingUnits: readonly ReportingUnit[];
}

/** The early settings of parsed settings data, with the defaults the schema gives. */
export const earlySettingsOf = (data: Record<string, unknown>): EarlySettings => ({
  siteUrl: String(data.siteUrl ?? 'https://wenming.taiyuan.example'),
  smsSignature: String(data.smsSignature ?? '【太原市文明办】'),
  reportingUnits: reportingUnitsOf(data.reporting),
});

/** Public hotline numbers of the settings, which entries may print (no personal phone numbers). */
export const hotlineNumbersOf = (data: Record<string, unknown>): string[] =>
  ((data.hotlines as { number?: unknown }[] | undefined) ?? []).map((line) => String(line?.number ?? ''));

/** This project's folder. A function, because the CMS bundle imports the declarations (and so this
 * module) in the browser, where there is no file. */
const projectRoot = () => fileURLToPath(new URL('../../', import.meta.url));

let cached: EarlySettings | undefined;

/**
 * Reads this project's settings file synchronously (config time, before the content layer runs).
 * Pages read settings through the content layer instead, where the full schema validates them.
 */
export function readSiteSettings(): EarlySettings {
  cached ??= earlySettingsOf(readSettingsFile(projectRoot()).data);
  return cached;
}
