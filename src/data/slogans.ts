import type { CollectionEntry } from 'astro:content';
import { projectRoot } from 'virtual:wenming/posters-config';
import { SLOGAN_TOPIC_TERMS, type Term } from '../config/taxonomy';
import { toChineseDay, toIsoDay } from '../lib/dates';
import { formatFileSize } from '../media/kinds';
import { loadPosterFonts } from '../posters/render/fonts';
import type { RenderedFile } from '../posters/render/render';
import type { SloganContent } from '../slogans/content';
import {
  SLOGAN_FILE_FORMATS,
  SLOGAN_FILE_KINDS,
  sloganFileName,
  sloganFilePath,
  type SloganFileFormat,
  type SloganFileKind,
} from '../slogans/files';
import { renderSloganFiles } from '../slogans/render';
import { sloganLength, sloganLine } from '../slogans/text';
import { getPublished, getSettings, groupBy } from './entries';

type Slogan = CollectionEntry<'slogans'>;

/** A slogan as its card on /slogans/ shows it. */
export interface SloganView {
  readonly id: string;
  readonly entry: Slogan;
  /** One line, single spaces between phrases. */
  readonly text: string;
  readonly characters: number;
  readonly topic: Term;
  readonly approved: Date;
  readonly source: string;
  /** Only ever true in `astro dev`, where editors preview drafts. */
  readonly draft: boolean;
}

const topicOf = (name: string): Term =>
  SLOGAN_TOPIC_TERMS.find((term) => term.name === name) ?? { name, slug: 'other' };

/**
 * Slogans on one page of /slogans/: each card (slogan, copy button, five downloads) is about 0.35 KB
 * gzipped, so a page stays well under the 20 KB page budget (6.3 KB for the 14 samples).
 */
export const SLOGANS_PER_PAGE = 40;

/** Published slogans in topic order, newest approval first within a topic. */
export async function getSlogans(): Promise<SloganView[]> {
  const slogans = (await getPublished('slogans')).map((entry): SloganView => ({
    id: entry.id,
    entry,
    text: sloganLine(entry.data.text),
    characters: sloganLength(entry.data.text),
    topic: topicOf(entry.data.topic),
    approved: entry.data.approved,
    source: entry.data.source,
    draft: entry.data.draft,
  }));
  slogans.sort((a, b) => b.approved.getTime() - a.approved.getTime() || a.id.localeCompare(b.id));
  const names = SLOGAN_TOPIC_TERMS.map((term) => term.name);
  return [...groupBy(slogans, (slogan) => slogan.topic.name as (typeof names)[number], names).values()].flat();
}

/** What a slogan's files print, from the entry and the settings. */
export async function getSloganContent(slogan: Slogan): Promise<SloganContent> {
  const settings = await getSettings();
  return {
    id: slogan.id,
    sourceFile: slogan.filePath ?? `content/slogans/${slogan.id}.yml`,
    text: sloganLine(slogan.data.text),
    organizer: settings.organizer,
    siteName: settings.shortName,
    approved: toChineseDay(slogan.data.approved),
    approvedIso: toIsoDay(slogan.data.approved),
  };
}

/** One file a reader can download, with what the download list shows. */
export interface SloganDownload extends SloganFileFormat {
  readonly kind: SloganFileKind;
  readonly name: string;
  readonly path: string;
  readonly bytes: number;
  readonly size: string;
  readonly data: Buffer;
}

/**
 * Rendered files by content: a page and the file routes ask for the same slogan in one build, and
 * it is drawn once. Slogans are small (a few PDF pages of vector text, two small PNGs: about 0.1 s each),
 * so they are not kept between builds.
 */
const rendered = new Map<string, Promise<Record<SloganFileKind, RenderedFile>>>();

/** A slogan's files, with sizes for its card. */
export async function getSloganDownloads(slogan: Slogan): Promise<Record<SloganFileKind, SloganDownload>> {
  const content = await getSloganContent(slogan);
  const key = JSON.stringify(content);
  if (!rendered.has(key)) {
    const pending = renderSloganFiles(content, loadPosterFonts(projectRoot));
    // A failure is reported where it happened and not kept, so a fixed entry renders on the next try (dev).
    pending.catch(() => rendered.delete(key));
    rendered.set(key, pending);
  }
  const files = await rendered.get(key)!;
  const downloads = SLOGAN_FILE_KINDS.map((kind): [SloganFileKind, SloganDownload] => {
    const { data } = files[kind];
    return [
      kind,
      {
        ...SLOGAN_FILE_FORMATS[kind],
        kind,
        name: sloganFileName(slogan.id, kind),
        path: sloganFilePath(slogan.id, kind),
        bytes: data.length,
        size: formatFileSize(data.length),
        data,
      },
    ];
  });
  return Object.fromEntries(downloads) as Record<SloganFileKind, SloganDownload>;
}

/** The page where a community puts its own name on a slogan's banner and prints it. */
export const sloganBannerPath = (id: string): string => `/slogans/${id}/banner/`;

/** The page where a community puts its own name on a slogan's wall sheets and prints them on A3. */
export const sloganWallPath = (id: string): string => `/slogans/${id}/wall/`;
