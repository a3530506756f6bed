import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { load } from 'js-yaml';
import { toChineseDay, toIsoDay } from '../../src/lib/dates';
import type { PosterContent, PosterPicture } from '../../src/posters/render/content';
import type { PosterTheme } from '../../src/posters/render/palette';
import { isDraft, readCollection, type ContentFile } from './content';
import { CONTENT, ROOT } from './paths';

export const SITE = 'https://wenming.taiyuan.example';

export const settings = load(readFileSync(`${CONTENT}settings/site.yml`, 'utf8')) as {
  organizer: string;
  shortName: string;
};

const published = (collection: string) =>
  new Set(
    readCollection(collection)
      .filter((entry) => !isDraft(entry))
      .map((entry) => entry.id),
  );

/** The article a poster's QR code should open, read from the files: related knowledge first, then the custom. */
export function expectedQrUrl(poster: ContentFile): string {
  const knowledge = poster.data.relatedKnowledge as string | undefined;
  const custom = poster.data.relatedCustom as string | undefined;
  if (knowledge && published('knowledge').has(knowledge)) return `${SITE}/knowledge/${knowledge}/`;
  if (custom && published('customs').has(custom)) return `${SITE}/customs/${custom}/`;
  return `${SITE}/posters/${poster.id}/`;
}

/** A poster's printed content straight from its file and the settings, independently of Astro. */
export function posterContentFromFile(poster: ContentFile): PosterContent {
  const data = poster.data as Record<string, never>;
  const published = new Date(data.published);
  return {
    id: poster.id,
    sourceFile: poster.file,
    title: data.title,
    headline: data.headline,
    slogans: data.slogans,
    points: data.points,
    theme: data.theme as PosterTheme,
    topic: data.topic,
    organizer: settings.organizer,
    siteName: settings.shortName,
    published: toChineseDay(published),
    publishedIso: toIsoDay(published),
    qrUrl: expectedQrUrl(poster),
    ...(data.picture ? { picture: posterPictureFromFile(poster) } : {}),
  };
}

/** A poster's picture as its front matter gives it, the image resolved from the entry's folder. */
export function posterPictureFromFile(poster: ContentFile): PosterPicture {
  const picture = poster.data.picture as { src: string; alt: string; credit: string };
  return { file: resolve(ROOT, dirname(poster.file), picture.src), alt: picture.alt, credit: picture.credit };
}

export const allPosters = (): ContentFile[] => readCollection('posters');
export const publishedPosters = (): ContentFile[] => allPosters().filter((poster) => !isDraft(poster));
