/**
 * The words of a slogan as banners and walls set them. Editors separate phrases with spaces
 * (勤洗手 戴口罩 常通风); the layouts keep the phrases and put a gap where the space is.
 */

/** Longest slogan, in characters without spaces: on a 5 m × 0.5 m banner each character is still over 20 cm wide. */
export const SLOGAN_MAX_CHARACTERS = 20;

/** The phrases of a slogan, in order. */
export function sloganPhrases(text: string): string[] {
  return text
    .trim()
    .split(/[\s\u3000]+/)
    .filter(Boolean);
}

/** Characters a slogan prints (spaces between phrases are not characters). */
export function sloganCharacters(text: string): string[] {
  return sloganPhrases(text).flatMap((phrase) => [...phrase]);
}

/** How many characters a slogan prints, the count editors see in messages. */
export const sloganLength = (text: string): number => sloganCharacters(text).length;

/** The slogan as one line with single spaces, as pages show and copy it. */
export const sloganLine = (text: string): string => sloganPhrases(text).join(' ');
