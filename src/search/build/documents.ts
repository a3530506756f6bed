import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { escapeHtml, unescapeHtml } from '../../lib/html-escape';
import { searchTerms, wordsOfText } from '../shared/terms';
import { synonymsFor, type SynonymGroups } from './lexicon';

/** A document for Pagefind's `addHTMLFile`: where the result leads, and the HTML to index. */
export interface SearchDocument {
  url: string;
  content: string;
}

/** A metadata field of an indexed element: `key:value`, searched like the body. */
const METADATA = /data-pagefind-meta="([^":]*):([^"]*)"/g;

/**
 * The words a document gives the index through its metadata, lower-cased and split at spaces as
 * Pagefind splits metadata: ICU's words of its text (`words`, below), and with `allFields` also the
 * search fields (SearchFields.astro) and the other metadata. The words of all fields of a site's
 * documents stand for that index's words; the `words` field of a changed page, for the words a
 * reader's query can have that the page has.
 */
export function metadataWords(content: string, { allFields = false } = {}): string[] {
  return [...content.matchAll(METADATA)]
    .filter((match) => allFields || match[1] === 'words')
    .flatMap((match) => unescapeHtml(match[2]!).toLowerCase().split(/\s+/).filter(Boolean));
}

/**
 * The words ICU finds in the indexed text of an element, once each. Pagefind's index holds the
 * words its own segmenter (jieba) found; a query is split by the browser's Intl.Segmenter (ICU).
 * Where the two disagree (疫情防控 is one word to jieba, four to ICU; Pagefind issue 1237) a page
 * would not be found, so ICU's words go into a metadata field, which Pagefind searches like the
 * body but never shows in excerpts.
 */
export function indexedWords(element: HTMLElement): string {
  return [...new Set(wordsOfText(indexedText(element)))].join(' ');
}

/** The text of an element without the parts Pagefind ignores, read in one walk (no copy of the tree). */
function indexedText(element: HTMLElement): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) parts.push(node.textContent);
    else if (node.nodeType === NodeType.ELEMENT_NODE) {
      const child = node as HTMLElement;
      if (child.hasAttribute('data-pagefind-ignore') || child.classList.contains('search-fields')) return;
      for (const grandchild of child.childNodes) walk(grandchild);
    }
  };
  for (const child of element.childNodes) walk(child);
  return parts.join('');
}

const wordsMeta = (element: HTMLElement): string =>
  `<span hidden data-pagefind-meta="words:${escapeHtml(indexedWords(element))}"></span>`;

/** A document holding only the indexed part of a page: what Pagefind reads of it, and no more to send. */
const documentOf = (language: string, body: string): string =>
  `<!doctype html><html lang="${language}"><body>${body}</body></html>`;

/**
 * What Pagefind indexes for one built page:
 * - a page with `data-pagefind-body` (an entry page) as its indexed element alone, plus the ICU
 *   words of its text: Pagefind reads nothing outside that element (titles, filters, metadata
 *   and sort keys are inside it), and header, footer and share QR code would only be sent to the
 *   Pagefind process to be ignored there;
 * - each card marked `data-search-record` in a list page (an SMS text, a practice center), as a
 *   result of its own that links to the card's anchor, since those entries have no page;
 * - nothing for any other page (home, lists, tags, 404, search).
 */
export function searchDocumentsOf(html: string, url: string, language: string): SearchDocument[] {
  if (!html.includes('data-pagefind-body') && !html.includes('data-search-record')) return [];
  const root = parse(html);
  const body = root.querySelector('[data-pagefind-body]');
  if (body) {
    body.insertAdjacentHTML('beforeend', wordsMeta(body));
    return [{ url, content: documentOf(language, body.outerHTML) }];
  }
  return root.querySelectorAll('[data-search-record]').map((card) => {
    if (!card.id) throw new Error(`${url}: a card marked data-search-record needs an id for its link`);
    return {
      url: `${url}#${card.id}`,
      content: documentOf(language, `<div data-pagefind-body>${card.innerHTML}${wordsMeta(card)}</div>`),
    };
  });
}

const synonymTerms = new Map<string, string>();

/**
 * A synonym whole and in ICU's words (searchTerms), worked out once per build: the groups are a few
 * hundred words, and segmenting them again for every page took longer than preparing the pages.
 */
function termsOfSynonym(word: string): string {
  let terms = synonymTerms.get(word);
  if (terms === undefined) synonymTerms.set(word, (terms = searchTerms([word])));
  return terms;
}

/**
 * The hidden `synonyms` metadata field of a document, as an element ('' when it needs none): the other words of each
 * site-wide synonym group (网站设置 → 搜索同义词) that the document has one word of, whole and in
 * ICU's words, so that 上坟 finds the page that says 扫墓. Added after the page cache
 * (search-document-cache.ts), so that editing the groups needs no page to be prepared again.
 */
export function synonymsMeta(document: SearchDocument, groups: SynonymGroups): string {
  if (groups.length === 0) return '';
  const text = `${document.content.replace(/<[^>]*>/g, ' ')} ${metadataWords(document.content, { allFields: true }).join(' ')}`;
  const found = synonymsFor(text, groups);
  if (found.size === 0) return '';
  // Repeated as often as the page says the group's words (up to 3), as its text would count them.
  const words = [...found]
    .flatMap(([word, times]) => Array.from({ length: times }, () => termsOfSynonym(word)))
    .join(' ');
  return `<span hidden data-pagefind-meta="synonyms:${escapeHtml(words)}"></span>`;
}

/** The document with `field` (the element synonymsMeta gives) as the last child of its indexed element. */
export function withMeta(document: SearchDocument, field: string): SearchDocument {
  if (!field) return document;
  const end = document.content.lastIndexOf('</body>');
  const close = document.content.lastIndexOf('</', end - 1);
  return { url: document.url, content: document.content.slice(0, close) + field + document.content.slice(close) };
}
