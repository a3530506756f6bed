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
  return icuSegments(phrase).filter((part) => part.isWordLike).map((part) => part.segment.toLowerCase());
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
    // A Latin or numeric phrase is split by spaces already; Chinese needs its ICU words too.
    if (HAN.test(phrase)) for (const part of parts) words.add(part);
  }
  return [...words].join(' ');
}
