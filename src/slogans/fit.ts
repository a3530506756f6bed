/**
 * The layout maths of slogans, apart from fonts: phrase widths are measured at size 1 (in em) by
 * the caller, so these functions are plain arithmetic and tested as such.
 */

/** Width, in em, of phrases set on one line with `gapEm` between them. */
export function lineWidthEm(phraseWidths: readonly number[], gapEm: number): number {
  return phraseWidths.reduce((sum, width) => sum + width, 0) + Math.max(0, phraseWidths.length - 1) * gapEm;
}

/** The largest size, up to `maxSize`, at which the phrases fit `maxWidth` on one line. */
export function fitLine(phraseWidths: readonly number[], gapEm: number, maxWidth: number, maxSize: number): number {
  const width = lineWidthEm(phraseWidths, gapEm);
  return width > 0 ? Math.min(maxSize, maxWidth / width) : maxSize;
}

export interface LineSplit {
  /** Phrase indices of each line, in order. */
  readonly lines: readonly (readonly number[])[];
  readonly size: number;
}

/** Every way to cut `count` phrases into `parts` lines, keeping their order. */
function* cuts(count: number, parts: number, from = 0): Generator<number[][]> {
  if (parts === 1) {
    yield [Array.from({ length: count - from }, (_, index) => from + index)];
    return;
  }
  for (let end = from + 1; end <= count - parts + 1; end++) {
    const first = Array.from({ length: end - from }, (_, index) => from + index);
    for (const rest of cuts(count, parts - 1, end)) yield [first, ...rest];
  }
}

/**
 * The split of phrases into at most `maxLines` lines (order kept, a phrase never broken) that sets
 * them largest within a `width` × `height` box, lines `leading` times the size apart. Fewer lines win ties.
 */
export function bestLineSplit(
  phraseWidths: readonly number[],
  options: { gapEm: number; width: number; height: number; maxLines: number; maxSize: number; leading: number },
): LineSplit {
  let best: LineSplit = { lines: [phraseWidths.map((_, index) => index)], size: 0 };
  for (let parts = 1; parts <= Math.min(options.maxLines, phraseWidths.length); parts++) {
    for (const lines of cuts(phraseWidths.length, parts)) {
      const widest = Math.max(
        ...lines.map((line) =>
          lineWidthEm(
            line.map((index) => phraseWidths[index]!),
            options.gapEm,
          ),
        ),
      );
      const size = Math.min(options.maxSize, options.width / widest, options.height / (parts * options.leading));
      if (size > best.size + 1e-9) best = { lines, size };
    }
  }
  return best;
}

/** Baseline that centres a line of CJK characters (em box 0.88 above and 0.12 below the baseline in Noto Sans SC) on `middle`. */
export const centredBaseline = (middle: number, size: number): number => middle + size * 0.38;

/** The characters of a slogan in sheets of `perSheet`, each with its 1-based number and whether a phrase ends after it. */
export function wallCharacters(
  phrases: readonly string[],
  perSheet: number,
): { character: string; number: number; phraseEnd: boolean }[][] {
  const characters = phrases.flatMap((phrase, phraseIndex) =>
    [...phrase].map((character, index, all) => ({
      character,
      phraseEnd: index === all.length - 1 && phraseIndex < phrases.length - 1,
    })),
  );
  const numbered = characters.map((entry, index) => ({ ...entry, number: index + 1 }));
  const sheets: (typeof numbered)[] = [];
  for (let start = 0; start < numbered.length; start += perSheet) sheets.push(numbered.slice(start, start + perSheet));
  return sheets;
}
