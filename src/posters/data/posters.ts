import type { ImageMetadata } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { cacheDir, projectRoot } from 'virtual:wenming/posters-config';
import { toChineseDay, toIsoDay } from '../../lib/dates';
import { absoluteUrl, entryPath } from '../../lib/urls';
import { getPosterFiles } from '../render/cache';
import type { PosterContent } from '../render/content';
import { formatFileSize } from '../../media/kinds';
import {
  POSTER_FILE_FORMATS,
  POSTER_FILE_KINDS,
  posterFileName,
  posterFilePath,
  type PosterFileFormat,
  type PosterFileKind,
} from '../files';
import { currencyOf, type Currency } from '../../data/currency';
import { getPublished, getPublishedReference, getSettings } from '../../data/entries';

type Poster = CollectionEntry<'posters'>;

/** The article a poster's QR code opens: the related knowledge article, else the related custom; published only. */
export async function getPosterArticle(poster: Poster): Promise<CollectionEntry<'knowledge' | 'customs'> | undefined> {
  return (
    (await getPublishedReference(poster.data.relatedKnowledge)) ??
    (await getPublishedReference(poster.data.relatedCustom))
  );
}

/** The site's public address; `site` is always set in astro.config.mjs. */
function siteOf(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs 中没有设置 site（网站地址），海报二维码无法生成完整网址。');
  return site;
}

/** The site's public address (`Astro.site`), for data worked out outside a page (route data in `getStaticPaths`). */
export const siteUrl = (): URL => siteOf(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined);

/** What the poster prints, from the entry and the settings. */
export async function getPosterContent(poster: Poster, site: URL | undefined): Promise<PosterContent> {
  const settings = await getSettings();
  const article = await getPosterArticle(poster);
  // Without a published article (a draft was linked), the code opens the poster's own page.
  const target = article ? entryPath(article.collection, article.id) : entryPath('posters', poster.id);
  const { data } = poster;
  return {
    id: poster.id,
    sourceFile: poster.filePath ?? `content/posters/${poster.id}.md`,
    title: data.title,
    headline: data.headline,
    slogans: data.slogans,
    points: data.points,
    theme: data.theme,
    topic: data.topic,
    organizer: settings.organizer,
    siteName: settings.shortName,
    published: toChineseDay(data.published),
    publishedIso: toIsoDay(data.published),
    qrUrl: absoluteUrl(target, siteOf(site)),
    ...(data.picture
      ? {
          picture: {
            file: imageFile(data.picture.src, poster.filePath),
            alt: data.picture.alt,
            credit: data.picture.credit,
          },
        }
      : {}),
  };
}

/** The file behind an image of an entry's front matter (Astro keeps its path beside the metadata). */
function imageFile(image: ImageMetadata, entryFile: string | undefined): string {
  const file = (image as ImageMetadata & { fsPath?: string }).fsPath;
  if (!file) throw new Error(`${entryFile ?? '海报'}：找不到“图片”的文件，海报无法印出图片。`);
  return file;
}

/** One file a reader can download, with what the download list shows. */
export interface PosterDownload extends PosterFileFormat {
  readonly kind: PosterFileKind;
  readonly name: string;
  /** Site path, e.g. `/posters/files/wear-masks-a4.pdf`. */
  readonly path: string;
  readonly bytes: number;
  /** `38 KB` */
  readonly size: string;
  readonly width?: number;
  readonly height?: number;
  /** The file in the build cache, for the file routes. */
  readonly cacheFile: string;
}

let warming: Promise<unknown> | undefined;

/**
 * Posters the warm-up asks for at a time: fewer than the renders that may run at once
 * (src/posters/render/cache.ts), so that a page asking for a poster the warm-up has not reached waits for
 * one render at most, not behind every poster.
 */
const WARMING_AT_ONCE = 3;

/**
 * Starts rendering every published poster, the first time a build asks for one. Most of a poster's
 * rendering (rasterising and compressing the PNG and WebP) runs on sharp's threads, so pages go on
 * rendering on the main thread meanwhile instead of waiting for each poster in turn; a page that
 * needs a poster not yet started starts it (getPosterFiles keeps one render per poster). Failures
 * are not reported here: the page that needs the poster renders it again and reports.
 */
function warmPosterCache(site: URL | undefined): void {
  if (import.meta.env.DEV || warming) return;
  warming = getPublished('posters').then(async (posters) => {
    const queue = [...posters];
    const renderNext = async (): Promise<void> => {
      for (let poster = queue.shift(); poster; poster = queue.shift()) {
        try {
          await getPosterFiles(await getPosterContent(poster, site), { cacheDir, projectRoot });
        } catch {
          // Reported by the page that needs this poster.
        }
      }
    };
    await Promise.all(Array.from({ length: WARMING_AT_ONCE }, renderNext));
  });
}

/** A poster's files (rendered now or taken from the cache), with sizes for the page. */
export async function getPosterDownloads(
  poster: Poster,
  site: URL | undefined,
): Promise<Record<PosterFileKind, PosterDownload>> {
  return posterDownloadsOf(await getPosterContent(poster, site), site);
}

/** The files of a poster that prints this content (rendered now or taken from the cache), with sizes for the page. */
export async function posterDownloadsOf(
  content: PosterContent,
  site: URL | undefined = siteUrl(),
): Promise<Record<PosterFileKind, PosterDownload>> {
  warmPosterCache(site);
  const { files } = await getPosterFiles(content, { cacheDir, projectRoot });
  const downloads = POSTER_FILE_KINDS.map((kind): [PosterFileKind, PosterDownload] => {
    const file = files[kind];
    return [
      kind,
      {
        ...POSTER_FILE_FORMATS[kind],
        kind,
        name: posterFileName(content.id, kind),
        path: posterFilePath(content.id, kind),
        bytes: file.bytes,
        size: formatFileSize(file.bytes),
        width: file.width,
        height: file.height,
        cacheFile: file.file,
      },
    ];
  });
  return Object.fromEntries(downloads) as Record<PosterFileKind, PosterDownload>;
}

/** What a poster's card in a gallery shows: the poster, what it prints (its files) and whether its article is still current. */
export interface PosterCardData {
  readonly poster: Poster;
  readonly content: PosterContent;
  /** A poster whose article is overdue, superseded or withdrawn says so wherever it is offered for printing. */
  readonly articleCurrency?: Currency;
}

/** The card of a poster in a gallery, a campaign's page or an MDX 海报 block. */
export async function posterCard(poster: Poster): Promise<PosterCardData> {
  const article = await getPosterArticle(poster);
  const articleCurrency = article && currencyOf(article);
  return {
    poster,
    content: await getPosterContent(poster, siteUrl()),
    ...(articleCurrency ? { articleCurrency } : {}),
  };
}

/** Gallery filter pages: `/posters/audience/<slug>/` and `/posters/topic/<slug>/`. */
export const posterAudiencePath = (slug: string): string => `/posters/audience/${slug}/`;
export const posterTopicPath = (slug: string): string => `/posters/topic/${slug}/`;
/** The co-branding print page of a poster. */
export const posterPrintPath = (id: string): string => `/posters/${id}/print/`;
/** The chrome-less page other sites frame. */
export const posterEmbedPath = (id: string): string => `/embed/posters/${id}/`;

/** How many posters each audience or topic has, by Chinese name. */
export function posterCounts(posters: readonly Poster[], field: 'audience' | 'topic'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const poster of posters)
    for (const name of ([] as string[]).concat(poster.data[field])) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}
