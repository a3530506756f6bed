import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src/config/sections';
import { isDraft, readCollection, type ContentFile } from '../helpers/content';
import { distFiles, readDist } from '../helpers/dist';
import { DIST } from '../helpers/paths';

/** Every text a reader or a program could fetch from dist/, with Pagefind's compressed index unpacked. */
function servedTexts(): { file: string; text: string }[] {
  return distFiles().flatMap((file) => {
    if (/\.(html|xml|json|txt|csv|js|css|svg|webmanifest)$/.test(file) || file === '_headers')
      return [{ file, text: readDist(file) }];
    if (/^pagefind\/.*\.pf_(fragment|index|meta|filter)$/.test(file)) {
      return [{ file, text: gunzipSync(readFileSync(join(DIST, file))).toString('utf8') }];
    }
    return [];
  });
}

/** Distinctive sentences of an entry's body: long enough not to occur by chance elsewhere. */
const sentencesOf = (entry: ContentFile) =>
  entry.body
    .split(/[。！？\n]/)
    .map((sentence) => sentence.replace(/[#*>\-\s]/g, ''))
    .filter((sentence) => sentence.length >= 14)
    .slice(0, 5);

describe('unpublished and withdrawn text never reaches dist/', () => {
  const texts = servedTexts();
  const entries = SECTIONS.flatMap((section) => readCollection(section.collection));

  it('reads the pages, feeds, sitemap, downloads and the unpacked search index', () => {
    expect(texts.some(({ file }) => file.startsWith('pagefind/') && file.endsWith('.pf_fragment'))).toBe(true);
    expect(texts.some(({ file }) => file === 'sitemap-0.xml')).toBe(true);
  });

  it('has no draft: not its title, its body or a link to it, anywhere', () => {
    const drafts = entries.filter(isDraft);
    expect(drafts.length).toBeGreaterThanOrEqual(5);
    for (const draft of drafts) {
      // A slogan's text is its title.
      const needles = [
        String(draft.data.title ?? draft.data.text),
        ...sentencesOf(draft),
        `/${draft.collection}/${draft.id}/`,
      ];
      for (const { file, text } of texts) {
        for (const needle of needles)
          expect(text.includes(needle), `${draft.file}: “${needle}” in ${file}`).toBe(false);
      }
    }
  });

  it('renders no poster file for a draft poster', () => {
    const draftPosters = readCollection('posters').filter(isDraft);
    expect(draftPosters.length).toBeGreaterThan(0);
    for (const poster of draftPosters) {
      expect(
        distFiles().filter((file) => file.includes(poster.id)),
        poster.file,
      ).toEqual([]);
    }
  });

  it('keeps a withdrawn article’s body out of every page, feed and the search index', () => {
    const withdrawn = readCollection('knowledge').filter((entry) => !isDraft(entry) && entry.data.withdrawn);
    expect(withdrawn.length).toBeGreaterThan(0);
    for (const entry of withdrawn) {
      const sentences = sentencesOf(entry);
      expect(sentences.length, entry.file).toBeGreaterThan(0);
      for (const { file, text } of texts) {
        for (const sentence of sentences)
          expect(text.includes(sentence), `${entry.file}: “${sentence}” in ${file}`).toBe(false);
      }
    }
  });
});
