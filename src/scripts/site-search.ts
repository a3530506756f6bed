/**
 * On every page, a few hundred bytes: nothing of Pagefind loads until a reader uses search.
 * - Focusing the header search box starts loading Pagefind, and typing fetches the index chunks
 *   for the words typed, so that the search page answers at once (the browser caches them).
 * - A page opened from a search result (`?pagefind-highlight=…`) loads Pagefind's highlight script
 *   and marks the terms; other pages never load it.
 */
import { HIGHLIGHT_PARAM, PAGEFIND_BUNDLE } from '../config/search';

const input = document.querySelector<HTMLInputElement>('[data-site-search]');
if (input) {
  const engine = () => import('./search-engine');
  input.addEventListener('focus', () => void engine().then(({ loadPagefind }) => loadPagefind()), { once: true });
  input.addEventListener('input', () => {
    const term = input.value.trim();
    if (term) void engine().then(async ({ loadPagefind }) => (await loadPagefind()).preload(term));
  });
}

interface HighlightModule {
  default: new (options: Record<string, unknown>) => unknown;
}

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void (async () => {
    const { default: PagefindHighlight } = (await import(/* @vite-ignore */ `${PAGEFIND_BUNDLE}pagefind-highlight.js`)) as HighlightModule;
    const indexed = document.querySelectorAll('[data-pagefind-body], [data-search-record]');
    new PagefindHighlight({
      highlightParam: HIGHLIGHT_PARAM,
      markContext: indexed.length > 0 ? indexed : document.querySelector('main'),
      // Its default adds a <style> element, which the site's Content-Security-Policy forbids.
      addStyles: false,
      markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
    });
  })();
}
