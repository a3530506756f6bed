/** Helpers for reading a page aloud with the Web Speech API (speechSynthesis). */

/** The voice to read Chinese with: Mandarin in mainland China first, then any Chinese voice. */
export function chineseVoice<V extends { lang: string }>(voices: readonly V[]): V | undefined {
  const lang = (voice: V) => voice.lang.replace('_', '-').toLowerCase();
  return (
    voices.find((voice) => ['zh-cn', 'cmn-cn', 'cmn-hans-cn', 'zh-hans-cn', 'zh-hans'].includes(lang(voice))) ??
    voices.find((voice) => /^(zh|cmn)(-|$)/.test(lang(voice)))
  );
}

/** Longest piece handed to the speech engine at once; longer sentences are cut. */
const MAX_CHUNK = 120;

/**
 * Text split into pieces to speak one after another: at each line break (headings and paragraphs
 * of innerText) and each sentence end (。！？；), with white space folded, so that no single
 * utterance runs long.
 */
export function speakableChunks(blocks: readonly string[]): string[] {
  const chunks: string[] = [];
  for (const line of blocks.flatMap((block) => block.split(/\n+/))) {
    const sentences = line.replace(/\s+/g, ' ').match(/[^。！？；!?;]+[。！？；!?;]*/g) ?? [];
    for (const sentence of sentences) {
      const text = sentence.trim();
      for (let start = 0; start < text.length; start += MAX_CHUNK) {
        const piece = text.slice(start, start + MAX_CHUNK).trim();
        if (piece) chunks.push(piece);
      }
    }
  }
  return chunks;
}
