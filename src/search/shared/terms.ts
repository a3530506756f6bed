/**
 * Extra words for the search index, so that a page is found however a query is split.
 *
 * Pagefind splits Chinese text into words with one segmenter (jieba, through charabia) when it
 * indexes, and splits the reader's query with the browser's Intl.Segmenter (ICU) since 1.5; the two
 * disagree (Pagefind issue 1237). Metadata is split only at spaces and is searched like the body
 * (https://pagefind.app/docs/metadata/#searching-metadata), so a metadata field that holds each
 * phrase both whole and as ICU splits it gives both kinds of query a word to match: 情绪疏导 is
 * found as 情绪疏导 (browsers without Intl.Segmenter search the whole query) and as 情绪 + 疏导.
 */

const HAN = /\p{Script=Han}/u;

let segmenter: Intl.Segmenter | undefined;

/** The words ICU finds in a phrase, as the browser splits a query (Node and Chromium share ICU). */
export function icuWords(phrase: string): string[] {
  return icuSegments(phrase)
    .filter((part) => part.isWordLike)
    .map((part) => part.segment.toLowerCase());
}

/** ICU's segments of a text, words and the rest (spaces, punctuation). */
export function icuSegments(text: string): Intl.SegmentData[] {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)];
}

/** Each phrase whole (without spaces or punctuation) and in ICU's words, once each, space-separated. */
export function searchTerms(phrases: readonly string[]): string {
  const words = new Set<string>();
  for (const phrase of phrases) {
    const parts = icuWords(phrase);
    const whole = parts.join('');
    if (whole) words.add(whole);
    // A Latin or numeric phrase is split by spaces already; Chinese needs its words too.
    if (HAN.test(phrase)) for (const part of wordsOfText(phrase)) words.add(part);
  }
  return [...words].join(' ');
}

const HAN_CHAR = /^\p{Script=Han}$/u;
/** The longest piece taken from a run of single characters. */
const LONGEST_PIECE = 4;

/**
 * ICU's words of a text, except that single characters ICU leaves when it does not know a word
 * (疫情 → 疫 情, 疫情防控 → 疫 情 防 控) are replaced by the pieces of two to four characters of
 * their run (疫情, 情防, 防控, 疫情防…). A lone character would make every word that starts with it
 * match a query (疫苗 would find pages on 疫); a single character between known words (筷, 戴)
 * is a word and stays.
 */
export function wordsOfText(text: string): string[] {
  const words: string[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length === 1) words.push(run[0]!);
    for (let i = 0; run.length > 1 && i < run.length; i += 1) {
      for (let j = i + 2; j <= Math.min(run.length, i + LONGEST_PIECE); j += 1) words.push(run.slice(i, j).join(''));
    }
    run = [];
  };
  for (const part of icuSegments(text)) {
    if (part.isWordLike && HAN_CHAR.test(part.segment)) {
      run.push(part.segment);
      continue;
    }
    endRun();
    if (part.isWordLike) words.push(part.segment.toLowerCase());
  }
  endRun();
  return words;
}
