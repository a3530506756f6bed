import { textWidth, type PosterFontName, type PosterFonts } from '../posters/render/fonts';
import type { LayoutItem, PosterLayout } from '../posters/render/layout';
import { POSTER_PALETTES } from '../posters/render/palette';
import type { SloganContent } from './content';
import { bestLineSplit, centredBaseline } from './fit';
import { bannerPage, type BannerKind } from './formats';
import { sloganPhrases } from './text';

/** Gap between phrases, in em: a painter's or print shop's usual one-character space. */
export const PHRASE_GAP_EM = 1;
/** The slogan's characters at most this share of the banner's height, so the cloth's hems stay clear. */
export const BANNER_TEXT_HEIGHT = 0.6;
/** Space kept clear at each end (ropes, grommets, the hem), as a share of the height. */
export const BANNER_END_MARGIN = 0.5;
/** The 落款 (who puts the banner up) under the slogan's right end, as a share of the height. */
export const BANNER_SIGNATURE_SIZE = 0.09;
/** Traditional banner colours: white characters on red cloth. */
const CLOTH = POSTER_PALETTES.red.main;
const INK = '#ffffff';

/** Lines a banner may take: a long slogan goes on two lines of a 1:5 banner, where they set it larger. */
const MAX_LINES: Readonly<Record<BannerKind, number>> = { 'banner-1x5': 2, 'banner-1x10': 1 };
const LEADING = 1.2;

/**
 * A banner at its true size (points): the slogan as large as the height and the width allow, on
 * one line (two on a 1:5 banner when that sets it larger), centred on the cloth above the 落款 (the
 * office's name in the built files).
 */
export function layoutBanner(content: SloganContent, fonts: PosterFonts, kind: BannerKind): PosterLayout {
  const { width, height } = bannerPage(kind);
  const measure = (font: PosterFontName, text: string, size: number) => textWidth(fonts[font].font, text, size);
  const phrases = sloganPhrases(content.text);
  const margin = height * BANNER_END_MARGIN;
  const { lines, size } = bestLineSplit(
    phrases.map((phrase) => measure('bold', phrase, 1)),
    {
      gapEm: PHRASE_GAP_EM,
      width: width - 2 * margin,
      height: height * BANNER_TEXT_HEIGHT * LEADING,
      maxLines: MAX_LINES[kind],
      maxSize: height * BANNER_TEXT_HEIGHT,
      leading: LEADING,
    },
  );
  const items: LayoutItem[] = [{ kind: 'rect', x: 0, y: 0, width, height, color: CLOTH }];
  lines.forEach((line, index) => {
    const words = line.map((phraseIndex) => phrases[phraseIndex]!);
    const lineWidth =
      words.reduce((sum, word) => sum + measure('bold', word, size), 0) + (words.length - 1) * PHRASE_GAP_EM * size;
    const middle = height * 0.42 + (index - (lines.length - 1) / 2) * size * LEADING;
    let x = (width - lineWidth) / 2;
    for (const word of words) {
      items.push({
        kind: 'text',
        text: word,
        font: 'bold',
        size,
        x,
        baseline: centredBaseline(middle, size),
        color: INK,
      });
      x += measure('bold', word, size) + PHRASE_GAP_EM * size;
    }
  });
  const place = bannerSignature(kind);
  const signatureWidth = measure('regular', content.organizer, place.size);
  items.push({
    kind: 'text',
    text: content.organizer,
    font: 'regular',
    size: place.size,
    x: place.right - signatureWidth,
    baseline: place.baseline,
    color: INK,
  });
  return { width, height, items };
}

/**
 * Where the 落款 goes: its right end, baseline and size (points). The banner page sets a community's
 * own name there (src/components/BannerSheet.astro), right-aligned like the office's.
 */
export function bannerSignature(kind: BannerKind): { right: number; baseline: number; size: number } {
  const { width, height } = bannerPage(kind);
  return { right: width - height * BANNER_END_MARGIN, baseline: height * 0.9, size: height * BANNER_SIGNATURE_SIZE };
}

/** The cloth and the slogan without the 落款, for the banner page, which adds the name a reader types. */
export function layoutBannerWithoutSignature(
  content: SloganContent,
  fonts: PosterFonts,
  kind: BannerKind,
): PosterLayout {
  const layout = layoutBanner(content, fonts, kind);
  return { ...layout, items: layout.items.slice(0, -1) };
}
