/**
 * How long a loudspeaker script (广播稿) takes to read aloud. What a speaker reads is counted:
 * Chinese characters, digits and letters; punctuation and white space are pauses, not characters.
 * A run of Latin letters (a word such as “App”) or of digits (“120”, “2020”) counts as one
 * character per letter or digit, as a typist's count would.
 */

/** Reading paces in characters (字) per minute. */
export const READING_PACES = {
  /**
   * Prose scripts and appeals: slower than a news broadcast (about 250 字/分钟), because the
   * listeners are in the open air, many are old, and a village loudspeaker echoes.
   */
  广播稿: 200,
  倡议: 200,
  /** Rhymed lines are read with a pause at the end of each line. */
  顺口溜: 160,
  /** 快板 keeps the beat of the clappers: brisk, but each beat carries one or two characters. */
  快板: 180,
} as const satisfies Record<string, number>;

export type PacedKind = keyof typeof READING_PACES;

/** The pace of a kind of script; prose pace for a kind without its own. */
export const paceOf = (kind: string): number =>
  kind in READING_PACES ? READING_PACES[kind as PacedKind] : READING_PACES.广播稿;

/** One character a speaker reads: a letter or a digit of any script (汉字, Latin, full-width digits…). */
const SPOKEN = /[\p{L}\p{N}]/u;

/** The number of characters a speaker reads in `text`. */
export function spokenLength(text: string): number {
  let count = 0;
  for (const character of text) if (SPOKEN.test(character)) count++;
  return count;
}

/** Reading time in whole seconds (at least 1 for any text) of `characters` read at `pace` 字/分钟. */
export function readingSeconds(characters: number, pace: number): number {
  if (!(pace > 0)) throw new RangeError(`pace must be positive, got ${pace}`);
  if (characters <= 0) return 0;
  return Math.max(1, Math.round((characters / pace) * 60));
}

/** `约 45 秒`, `约 2 分钟`, `约 2 分 30 秒`: a reading time as the page and the files show it, to 5 seconds. */
export function formatReadingTime(seconds: number): string {
  const rounded = seconds < 10 ? Math.max(seconds, 0) : Math.round(seconds / 5) * 5;
  const minutes = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (minutes === 0) return `约 ${rest} 秒`;
  return rest === 0 ? `约 ${minutes} 分钟` : `约 ${minutes} 分 ${rest} 秒`;
}

/** What the page, the list and the downloads say about a script's length. */
export interface ScriptLength {
  /** Characters read aloud. */
  readonly characters: number;
  /** 字/分钟 */
  readonly pace: number;
  readonly seconds: number;
  /** `约 1 分 30 秒` */
  readonly time: string;
}

/** Length and reading time of a script of the given kind. */
export function scriptLength(text: string, kind: string): ScriptLength {
  const characters = spokenLength(text);
  const pace = paceOf(kind);
  const seconds = readingSeconds(characters, pace);
  return { characters, pace, seconds, time: formatReadingTime(seconds) };
}

/** `312 字，按每分钟 200 字播读约 1 分 35 秒`: one line with the count, the pace and the time. */
export const describeLength = (length: ScriptLength): string =>
  `${length.characters} 字，按每分钟 ${length.pace} 字播读${length.time}`;
