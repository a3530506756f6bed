import { fileURLToPath } from 'node:url';
import { load as parseYaml } from 'js-yaml';
import { readContentText } from '../checks/read-text';
import type { ReportingUnit } from '../schema/collection';
import { reportingUnitsOf } from '../schema/reporting-unit';

/** Where editors keep the site settings; the CMS edits this file. A function, because the CMS
 * bundle imports the declarations (and so this module) in the browser, where there is no file. */
const settingsFile = () => fileURLToPath(new URL('../../content/settings/site.yml', import.meta.url));

/** The few settings needed before content is loaded: by the Astro config and by schema rules. */
export interface EarlySettings {
  readonly siteUrl: string;
  readonly smsSignature: string;
  /** The units expected to report, for the rule on 工作动态's 报送单位. */
  readonly reportingUnits: readonly ReportingUnit[];
}

let cached: EarlySettings | undefined;

/**
 * Reads the settings file synchronously (config time, before the content layer runs). Pages read
 * settings through the content layer instead, where the full schema validates them.
 */
export function readSiteSettings(): EarlySettings {
  if (cached) return cached;
  let data: Record<string, unknown>;
  try {
    data = (parseYaml(readContentText(settingsFile(), 'content/settings/site.yml')) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`网站设置文件 content/settings/site.yml 无法读取：${(error as Error).message}`, { cause: error });
  }
  cached = {
    siteUrl: String(data.siteUrl ?? 'https://wenming.taiyuan.example'),
    smsSignature: String(data.smsSignature ?? '【太原市文明办】'),
    reportingUnits: reportingUnitsOf(data.reporting),
  };
  return cached;
}
