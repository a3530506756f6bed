import type { POSTER_THEMES } from '../../config/taxonomy';

/** The colour themes an editor picks from (`theme` of a poster entry). */
export type PosterTheme = (typeof POSTER_THEMES)[number]['slug'];

/** The colours of one poster theme, for the PDF, the PNG and (in step with src/posters/components/PosterPrintSheet.css, a unit test holds them so) the HTML sheet. */
export interface PosterPalette {
  /** The headline band and the point numbers; white text on it stays above 4.5:1 contrast. */
  readonly main: string;
  /** A light tint of `main` behind the key points. */
  readonly tint: string;
}

/**
 * Dark enough that white text on the band stays legible when an office printer prints in grey,
 * light enough in the tint that a page does not drain the toner.
 */
export const POSTER_PALETTES: Readonly<Record<PosterTheme, PosterPalette>> = {
  red: { main: '#b3261e', tint: '#fbeae8' },
  blue: { main: '#0b57a4', tint: '#e8f0fa' },
  green: { main: '#1e6b34', tint: '#e7f3ea' },
  orange: { main: '#b44a00', tint: '#fdf0e4' },
};

/** Body text and small print on white. */
export const INK = '#1f1f1f';
export const MUTED = '#4d4d4d';
