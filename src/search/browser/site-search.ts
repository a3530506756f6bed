/**
 * On every page, a few hundred bytes: nothing of Pagefind loads until a reader uses search.
 * - Focusing the header search box starts loading Pagefind, and typing fetches the index chunks
 *   for the words typed, so that the search page answers at once (the browser caches them).
 * - A page opened from a search result (`?pagefind-highlight=…`) loads Pagefind's highlight script
 *   and marks the terms; other pages never load it.
 */
import { HIGHLIGHT_PARAM, PAGEFIND_BUNDLE } from '../shared/config';

const input = document.querySelector<HTMLInputElement>('[data-site-search]');
if (input) {
  // Only a head start: if loading fails (no index under `astro dev`), the search page says so.
  const warmUp = (term?: string) =>
    void import('./engine')
      .then(async ({ loadPagefind, preloadQuery }) => {
        await (term ? preloadQuery(term) : loadPagefind());
      })
      .catch(() => undefined);
  input.addEventListener('focus', () => warmUp(), { once: true });
  input.addEventListener('input', () => warmUp(input.value.trim()));
}

interface HighlightModule {
  default: new (options: Record<string, unknown>) => unknown;
}

/** Marks the terms a search result carries in the text Pagefind indexed (or the main content). */
async function highlightTerms(): Promise<void> {
  const url = `${PAGEFIND_BUNDLE}pagefind-highlight.js`;
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as HighlightModule;
  const indexed = document.querySelectorAll('[data-pagefind-body], [data-search-record]');
  new PagefindHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    markContext: indexed.length > 0 ? indexed : document.querySelector('main'),
    // Its default adds a <style> element, which the site's Content-Security-Policy forbids.
    addStyles: false,
    markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
  });
}

// Unmarked terms are no reason to disturb the reader: a failure is only logged.
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM))
  highlightTerms().catch((error: unknown) => console.warn(error));
