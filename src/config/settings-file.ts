import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as parseYaml } from 'js-yaml';
import { readContentText } from '../checks/read-text';
import type { ReportingUnit } from '../schema/collection';
import { reportingUnitsOf } from '../schema/reporting-unit';
import { contentDir } from './content-dir';
import type { Term } from './taxonomy';

/** Where editors keep the site settings, relative to the project (`content/settings/site.yml`, or the city's:
 * content-dir.ts); the CMS edits this file. A function, because the city is chosen by the environment. */
export const settingsFilePath = (): string => `${contentDir()}/settings/site.yml`;

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
  const file = settingsFilePath();
  const path = join(root, file);
  try {
    if (!strict && !existsSync(path)) return { text: '', data: {} };
    const text = readContentText(path, file);
    const data = parseYaml(text) ?? {};
    return { text, data: typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {} };
  } catch (error) {
    if (!strict) return { text: '', data: {} };
    throw new Error(`网站设置文件 ${file} 无法读取：${(error as Error).message}`, { cause: error });
  }
}

/** The few settings needed before content is loaded: by the Astro config and by schema rules. */
export interface EarlySettings {
  readonly siteUrl: string;
  readonly smsSignature: string;
  /** The units expected to report, for the rule on 工作动态's 报送单位. */
  readonly reportingUnits: readonly ReportingUnit[];
  /** The city's counties and districts (所辖县（市、区）), in order: pick-lists, district pages, report tables. */
  readonly districts: readonly Term[];
  /** The city map links search in (城市), e.g. 太原. */
  readonly city: string;
}

/** The early settings of parsed settings data, with the defaults the schema gives. */
export const earlySettingsOf = (data: Record<string, unknown>): EarlySettings => ({
  siteUrl: String(data.siteUrl ?? 'https://wenming.taiyuan.example'),
  smsSignature: String(data.smsSignature ?? '【太原市文明办】'),
  reportingUnits: reportingUnitsOf(data.reporting),
  districts: districtsOf(data.districts, settingsFilePath()),
  city: String(data.city ?? '太原'),
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

/** A district's slug is part of its page's address (/stories/district/xiaodian/). */
const SLUG = /^[a-z][a-z0-9-]*$/;

/**
 * The `districts` list of the settings, checked here because every pick-list is made from it before
 * the content schema runs: a clear message naming the file and the line's district, never a half list.
 */
export function districtsOf(value: unknown, file: string): Term[] {
  const where = `网站设置 ${file} 的“所辖县（市、区）”（districts）`;
  if (!Array.isArray(value) || value.length === 0) {
    throw new Error(
      `${where}没有填写。请按“- { name: 小店区, slug: xiaodian }”的格式逐行列出本市的县（市、区），slug 用小写拼音。`,
    );
  }
  const districts = value.map((item, index) => {
    const { name, slug } = (item ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '')
      throw new Error(`${where}第 ${index + 1} 项缺少名称（name），例如“小店区”。`);
    if (typeof slug !== 'string' || !SLUG.test(slug)) {
      throw new Error(
        `${where}中“${name}”的网址名（slug）“${String(slug ?? '')}”无效：请用小写拼音字母、数字和连字符，例如 xiaodian。`,
      );
    }
    return { name: name.trim(), slug };
  });
  for (const key of ['name', 'slug'] as const) {
    const seen = districts.map((district) => district[key]);
    const repeated = seen.find((item, index) => seen.indexOf(item) !== index);
    if (repeated) throw new Error(`${where}中“${repeated}”出现了不止一次，请删去重复的一行。`);
  }
  return districts;
}
