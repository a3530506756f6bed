import { slugify as transliterate } from 'transliteration';

/** An ASCII URL segment: lowercase letters, digits and single hyphens. */
const URL_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isUrlSegment = (text: string): boolean => URL_SEGMENT.test(text);

/** A short, stable hash (FNV-1a, base 36) that keeps transliterated ids unique. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(text)) {
    hash ^= unit;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(0, 6);
}

/**
 * A readable ASCII slug for any text: kept as it is when already a URL segment, otherwise written in
 * pinyin (勤洗手 → qin-xi-shou) and followed by a hash of the original text, so that two names that
 * read alike in pinyin still get different URLs and the same name always gets the same one.
 */
export function slugFor(text: string): string {
  const trimmed = text.trim();
  if (isUrlSegment(trimmed)) return trimmed;
  const pinyin = transliterate(trimmed, { lowercase: true, separator: '-', trim: true }).replace(/[^a-z0-9-]+/g, '-');
  const words = pinyin.split('-').filter(Boolean).slice(0, 8).join('-');
  return words ? `${words}-${shortHash(trimmed)}` : `entry-${shortHash(trimmed)}`;
}

/** The entry id (and URL segment) for a content file name such as `勤洗手.md`. */
export function entryIdFromPath(fileName: string): string {
  const slug = slugFor(fileName.replace(/\.(md|mdx|ya?ml)$/i, ''));
  // A purely numeric id would read as a listing page number (/knowledge/2/), so it gets a prefix.
  return /^\d+$/.test(slug) ? `entry-${slug}` : slug;
}
