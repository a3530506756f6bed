/**
 * The search page (/search/): reads the query and filters from the URL, searches, and keeps the
 * URL in step (typing replaces the history entry, a new search or filter adds one, so Back returns
 * to the previous search). Results and counts are announced through the role="status" line.
 */
import { HIGHLIGHT_PARAM, SEARCH_FILTERS, SEARCH_PATH, type SearchFilterKey } from '../shared/config';
import { parseIsoDay, toChineseDay } from '../../lib/dates';
import { highlightTerms, markTerms } from '../shared/query';
import type { Understanding } from '../shared/understand';
import type { PagefindDocument, Selection, SiteResult, SortOrder } from './engine';

/**
 * The search itself (Pagefind, the site's vocabulary, query understanding) loads with the first
 * search or when the reader focuses the field, like Pagefind's own files: the page's script stays small.
 */
const engine = () => import('./engine');

const PAGE_SIZE = 10;
const TYPING_DELAY = 300;

const element = <T extends HTMLElement>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`search page: missing ${selector}`);
  return found;
};

const form = element<HTMLFormElement>('[data-search-form]');
const input = element<HTMLInputElement>('#search-q');
const status = element<HTMLElement>('[data-search-status]');
const list = element<HTMLOListElement>('[data-search-results]');
const more = element<HTMLButtonElement>('[data-search-more]');
const filtersBox = element<HTMLDetailsElement>('[data-search-filters]');
const filtersSummary = element<HTMLElement>('[data-search-filters-summary]');
const controls = element<HTMLFormElement>('[data-search-controls]');
const facets = element<HTMLElement>('[data-search-facets]');
const help = element<HTMLElement>('[data-search-help]');
const suggestion = element<HTMLElement>('[data-search-suggestion]');

element('[data-search-nojs]').remove();
element('[data-search-ui]').hidden = false;
const siteName = document.title.replace(/^.*? - /, '');

interface State {
  query: string;
  selection: Selection;
  sort: SortOrder;
}

function stateFromUrl(): State {
  const params = new URLSearchParams(location.search);
  const selection: Selection = {};
  for (const { key } of SEARCH_FILTERS) {
    const value = params.get(key);
    if (value) selection[key] = value;
  }
  return {
    query: (params.get('q') ?? '').trim(),
    selection,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

function urlOf({ query, selection, sort }: State): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [key, value] of Object.entries(selection)) params.set(key, value);
  if (sort === 'date') params.set('sort', 'date');
  const search = params.toString();
  return search ? `${SEARCH_PATH}?${search}` : SEARCH_PATH;
}

/** The result's address, carrying the terms for Pagefind's highlight script on that page. */
function resultHref(url: string, terms: readonly string[]): string {
  const [path, hash] = url.split('#');
  const params = new URLSearchParams();
  for (const term of terms) params.append(HIGHLIGHT_PARAM, term);
  return `${path}?${params}${hash ? `#${hash}` : ''}`;
}

function resultItem(document: PagefindDocument, terms: readonly string[]): HTMLLIElement {
  const item = window.document.createElement('li');
  item.className = 'search-result';
  const heading = item.appendChild(window.document.createElement('h2'));
  const link = heading.appendChild(window.document.createElement('a'));
  link.href = resultHref(document.url, terms);
  link.textContent = document.meta.title ?? document.url;
  const meta = item.appendChild(window.document.createElement('p'));
  meta.className = 'search-result__meta';
  meta.textContent = document.meta.section ?? '';
  const day = document.meta.date ? parseIsoDay(document.meta.date) : undefined;
  if (day) {
    const time = meta.appendChild(window.document.createElement('time'));
    time.dateTime = document.meta.date!;
    time.textContent = toChineseDay(day);
  }
  const excerpt = item.appendChild(window.document.createElement('p'));
  excerpt.className = 'search-result__excerpt';
  // Pagefind's excerpt is escaped HTML with <mark>s (https://pagefind.app/docs/api/); an inert
  // template turns it back into text, which is marked again with the reader's own terms.
  const template = window.document.createElement('template');
  template.innerHTML = document.excerpt;
  for (const piece of markTerms(template.content.textContent ?? '', terms)) {
    if (!piece.marked) excerpt.append(piece.text);
    else excerpt.appendChild(window.document.createElement('mark')).textContent = piece.text;
  }
  return item;
}

function facetGroup(
  key: SearchFilterKey,
  label: string,
  counts: Record<string, number>,
  chosen: string | undefined,
): HTMLFieldSetElement | undefined {
  const values = Object.entries(counts).filter(([value, count]) => count > 0 || value === chosen);
  if (values.length === 0 || (values.length === 1 && !chosen && key !== 'section')) return undefined;
  const group = document.createElement('fieldset');
  group.appendChild(document.createElement('legend')).textContent = label;
  const option = (value: string, text: string) => {
    const row = group.appendChild(document.createElement('label'));
    const radio = row.appendChild(document.createElement('input'));
    radio.type = 'radio';
    radio.name = key;
    radio.value = value;
    radio.checked = value === (chosen ?? '');
    row.append(` ${text}`);
  };
  option('', '全部');
  for (const [value, count] of values.sort(([, a], [, b]) => b - a)) option(value, `${value}（${count}）`);
  return group;
}

function renderFacets(counts: Record<SearchFilterKey, Record<string, number>>, selection: Selection): void {
  const focused =
    document.activeElement instanceof HTMLInputElement && facets.contains(document.activeElement)
      ? document.activeElement
      : undefined;
  facets.replaceChildren(
    ...SEARCH_FILTERS.flatMap(({ key, label }) => facetGroup(key, label, counts[key], selection[key]) ?? []),
  );
  const chosen = Object.keys(selection).length;
  filtersSummary.textContent = chosen > 0 ? `筛选和排序（已选 ${chosen} 项）` : '筛选和排序';
  // Rebuilt controls must not drop a keyboard user's focus.
  if (focused)
    facets
      .querySelector<HTMLInputElement>(`input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`)
      ?.focus();
}

let shown: { results: SiteResult[]; terms: string[]; count: number } = { results: [], terms: [], count: 0 };
let ticket = 0;

async function showMore(first: boolean): Promise<void> {
  const start = shown.count;
  const page = shown.results.slice(start, start + PAGE_SIZE);
  const mine = ticket;
  const documents = await Promise.all(page.map((result) => result.data()));
  if (mine !== ticket) return;
  const items = documents.map((document) => resultItem(document, shown.terms));
  if (first) list.replaceChildren(...items);
  else list.append(...items);
  shown.count += items.length;
  const left = shown.results.length - shown.count;
  more.hidden = left <= 0;
  more.textContent = `显示更多结果（还有 ${left} 条）`;
  if (!first) items[0]?.querySelector('a')?.focus();
}

const quoted = (words: readonly string[]) => `“${words.join('”“')}”`;

/** The sentence the status line announces after each search. */
function describe({ query, selection }: State, total: number, understood: Understanding): string {
  const filtered = Object.keys(selection).length > 0;
  if (!query) return total > 0 ? `所选条件下共有 ${total} 条结果。` : '所选条件下没有结果。请取消部分筛选条件。';
  const notes = [
    understood.converted && `已按简体字搜索“${understood.simplified}”`,
    understood.corrections.length > 0 && `已按${quoted(understood.corrections.map((correction) => correction.to))}搜索`,
    filtered && '已按所选条件筛选',
  ].filter(Boolean);
  const note = notes.length > 0 ? `（${notes.join('；')}）` : '';
  if (total === 0 || understood.words.length === 0) {
    const absent = understood.missing.length > 0 ? `网站上没有${quoted(understood.missing)}这个词，` : '';
    return `没有找到与“${query}”相关的结果${note}。${absent}请检查有没有错别字，换一个说法（例如：口罩、隔离、志愿者），或${filtered ? '取消筛选条件，或' : ''}从下面的栏目查找、拨打热线咨询。`;
  }
  const missing =
    understood.missing.length > 0
      ? `网站上没有${quoted(understood.missing)}，结果只包含${quoted(understood.words)}。`
      : '';
  return `找到 ${total} 条与“${query}”相关的结果${note}。${missing}`;
}

/** 您是不是要找 “口罩”：a word of the site that sounds like a word the reader typed. */
function showSuggestion(understood: Understanding): void {
  suggestion.replaceChildren();
  suggestion.hidden = understood.corrections.length === 0;
  if (suggestion.hidden) return;
  suggestion.append('您是不是要找 ');
  understood.corrections.forEach(({ to }, index) => {
    if (index > 0) suggestion.append('、');
    const link = suggestion.appendChild(document.createElement('a'));
    link.href = urlOf({ query: to, selection: {}, sort: 'relevance' });
    link.textContent = `“${to}”`;
  });
  suggestion.append('？');
}

async function run(state: State): Promise<void> {
  // Only when it differs (Back, a shared link): rewriting the field while typing moves the caret.
  if (input.value.trim() !== state.query) input.value = state.query;
  for (const radio of controls.querySelectorAll<HTMLInputElement>('input[name="sort"]'))
    radio.checked = radio.value === state.sort;
  const mine = ++ticket;
  if (!state.query && Object.keys(state.selection).length === 0) {
    list.replaceChildren();
    facets.replaceChildren();
    filtersBox.hidden = true;
    more.hidden = true;
    help.hidden = true;
    suggestion.hidden = true;
    status.textContent = '';
    document.title = `搜索 - ${siteName}`;
    return;
  }
  list.setAttribute('aria-busy', 'true');
  try {
    const search = await engine();
    const found = await search.searchSite(state.query, state.selection, state.sort);
    if (mine !== ticket) return;
    document.title = `${state.query ? `搜索：${state.query}` : '搜索'} - ${siteName}`;
    const counted = search.filterCountsComplete();
    if (counted) renderFacets(found.counts, state.selection);
    filtersBox.hidden = !counted;
    shown = { results: found.results, terms: highlightTerms(state.query, found.understood.words), count: 0 };
    await showMore(true);
    if (mine !== ticket) return;
    showSuggestion(found.understood);
    // Nothing found: the hotlines and the sections, where a person or a list can still help.
    help.hidden = found.results.length > 0;
    status.textContent = describe(state, found.results.length, found.understood);
    if (!counted) void showFacetsLater(state, mine);
  } catch (error) {
    if (mine !== ticket) return;
    console.error(error);
    status.textContent = '搜索暂时无法使用。请稍后再试，或从栏目页浏览。';
  } finally {
    if (mine === ticket) list.removeAttribute('aria-busy');
  }
}

/**
 * The first search shows its results before the filter index is loaded (loadFilterIndex); its
 * facets follow. Without them the results still stand, so a failure here only leaves them out.
 */
async function showFacetsLater(state: State, mine: number): Promise<void> {
  try {
    const search = await engine();
    await search.loadFilterIndex();
    if (mine !== ticket) return;
    const recounted = await search.searchSite(state.query, state.selection, state.sort);
    if (mine !== ticket) return;
    renderFacets(recounted.counts, state.selection);
    filtersBox.hidden = false;
  } catch (error) {
    console.error(error);
  }
}

/** Typing after a finished search starts a new history entry; further typing updates it. */
let typingEntry = false;

function commit(state: State, mode: 'push' | 'replace'): void {
  const url = urlOf(state);
  if (url !== location.pathname + location.search)
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  void run(state);
}

function controlsState(): State {
  const data = new FormData(controls);
  const selection: Selection = {};
  for (const { key } of SEARCH_FILTERS) {
    const value = data.get(key);
    if (typeof value === 'string' && value) selection[key] = value;
  }
  return { query: input.value.trim(), selection, sort: data.get('sort') === 'date' ? 'date' : 'relevance' };
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;
// Focusing the field starts loading Pagefind, so the first results come sooner.
input.addEventListener(
  'focus',
  () =>
    void engine()
      .then(({ loadPagefind }) => loadPagefind())
      .catch(() => undefined),
  { once: true },
);

function searchAsTyped(): void {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    // A new query keeps the sort order but starts without filters.
    commit({ ...controlsState(), selection: {} }, typingEntry ? 'replace' : 'push');
    typingEntry = true;
  }, TYPING_DELAY);
}
// Pinyin input methods compose Chinese from Latin letters: search the characters, not the letters.
input.addEventListener('input', (event) => {
  if (!(event as InputEvent).isComposing) searchAsTyped();
});
input.addEventListener('compositionend', searchAsTyped);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  const typed = input.value.trim();
  const state = typed === stateFromUrl().query ? controlsState() : { ...controlsState(), selection: {} };
  commit(state, typingEntry ? 'replace' : 'push');
  typingEntry = false;
});
controls.addEventListener('change', () => {
  clearTimeout(typingTimer);
  typingEntry = false;
  commit({ ...controlsState(), query: stateFromUrl().query }, 'push');
});
controls.addEventListener('submit', (event) => {
  event.preventDefault();
  controls.dispatchEvent(new Event('change'));
});
more.addEventListener('click', () => void showMore(false));
window.addEventListener('popstate', () => {
  typingEntry = false;
  void run(stateFromUrl());
});

const initial = stateFromUrl();
// Closed on a phone unless the address already chooses filters or an order the reader should see.
filtersBox.open =
  window.matchMedia('(min-width: 48rem)').matches ||
  Object.keys(initial.selection).length > 0 ||
  initial.sort === 'date';
void run(initial);
