/**
 * The province hub's search (province page built by scripts/build-hub.ts): Pagefind's JS API with
 * every city's index merged in (https://pagefind.app/docs/multisite/). Each city's index is read
 * from its own site (CORS, docs/province.md); `baseUrl` makes its results link to that site and
 * `mergeFilter` files them under the city's name, which the city filter uses.
 */
import { INDEX_OPTIONS, PAGEFIND_BUNDLE } from '../search/shared/config';
import { readIndexChanges, type IndexChanges } from '../search/shared/index-changes';
import { mergeIndexes } from '../search/shared/index-parts';

interface City {
  name: string;
  url: string;
}

interface Document {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface Result {
  id: string;
  data(): Promise<Document>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: Result[]; filters: Record<string, Record<string, number>> }>;
}

/** The filter every city's results are filed under. */
const CITY_FILTER = 'city';
/** Results shown; a reader narrows a longer list by city or by more words. */
const SHOWN = 20;
/** The sample pages of a city's recent index (src/search/shared/config.ts INDEX_FILTER) are never results. */
const NOT_SAMPLES = { not: { index: 'sample' } };

const form = document.querySelector<HTMLFormElement>('#hub-search')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const select = form.querySelector<HTMLSelectElement>('select[name="city"]')!;
const status = document.querySelector<HTMLElement>('#hub-status')!;
const list = document.querySelector<HTMLOListElement>('#hub-results')!;
const cities = JSON.parse(form.dataset.cities ?? '[]') as City[];

let loading: Promise<{ pagefind: Pagefind; superseded: Set<string>; missing: string[] }> | undefined;

/** Pagefind with every city's index merged in; a city whose site does not answer is left out and named. */
function load() {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${PAGEFIND_BUNDLE}pagefind.js`)) as Pagefind;
    await pagefind.options({ noWorker: true, ...INDEX_OPTIONS });
    await pagefind.init();
    const superseded = new Set<string>();
    const missing: string[] = [];
    await Promise.all(
      cities.map(async (city) => {
        const bundle = `${city.url}${PAGEFIND_BUNDLE}`;
        const options = { ...INDEX_OPTIONS, baseUrl: `${city.url}/`, mergeFilter: { [CITY_FILTER]: city.name } };
        try {
          const changes: IndexChanges = await readIndexChanges(bundle);
          // Every part of a large city's index, and a rebuild's recent index (src/search/build/index-recent.ts),
          // whose pages replace their old results.
          await mergeIndexes(pagefind, bundle, changes, options, 'merge');
          for (const id of Object.keys(changes.superseded)) superseded.add(id);
        } catch {
          missing.push(city.name);
        }
      }),
    );
    await pagefind.filters();
    return { pagefind, superseded, missing };
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** The city a result belongs to, by the site its address is on. */
const cityOf = (url: string) => cities.find((each) => url.startsWith(`${each.url}/`))?.name ?? '';

/**
 * The results having every part of the query (parts are separated by spaces), each part as a phrase:
 * a word one city's index lacks would otherwise match its pages on the word's first character
 * (公筷 finding 公交车). With one part Pagefind counts the results per city; with more, the counts
 * are made from the results themselves.
 */
async function searchParts(
  pagefind: Pagefind,
  parts: string[],
  filters: Record<string, unknown>,
  superseded: Set<string>,
) {
  const responses = await Promise.all(
    parts.map((part) => pagefind.search(`"${part.replaceAll('"', '')}"`, { filters })),
  );
  const rest = responses.slice(1).map((response) => new Set(response.results.map((result) => result.id)));
  const results = responses[0]!.results.filter(
    (result) => !superseded.has(result.id) && rest.every((ids) => ids.has(result.id)),
  );
  if (parts.length === 1) return { results, counts: responses[0]!.filters[CITY_FILTER] ?? {} };
  const counts: Record<string, number> = {};
  for (const result of results) {
    const city = cityOf((await result.data()).url);
    counts[city] = (counts[city] ?? 0) + 1;
  }
  return { results, counts };
}

/** Pagefind's excerpt as text with its <mark>s, never as HTML from another site. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstElementChild!;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function resultItem(document_: Document, city: string): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = document_.url;
  link.textContent = document_.meta.title ?? document_.url;
  heading.append(link);
  const source = document.createElement('p');
  source.className = 'hub-city';
  source.textContent = city;
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(document_.excerpt));
  item.append(heading, source, excerpt);
  return item;
}

/** The city options with how many results each would leave. */
function showCounts(counts: Record<string, number>) {
  for (const option of select.options) {
    if (!option.value) continue;
    option.textContent = `${option.value}（${counts[option.value] ?? 0}）`;
  }
}

async function run() {
  const query = input.value.trim();
  const city = select.value;
  const url = new URL(location.href);
  url.search = new URLSearchParams({ ...(query ? { q: query } : {}), ...(city ? { city } : {}) }).toString();
  history.replaceState(null, '', url);
  list.replaceChildren();
  if (!query) {
    status.textContent = '请输入要搜索的词。';
    return;
  }
  status.textContent = '正在搜索……';
  try {
    const { pagefind, superseded, missing } = await load();
    const parts = query.split(/\s+/).filter(Boolean);
    const everyCity = { [CITY_FILTER]: { any: cities.map((each) => each.name) }, ...NOT_SAMPLES };
    const everywhere = await searchParts(pagefind, parts, everyCity, superseded);
    const { results } = city
      ? await searchParts(pagefind, parts, { [CITY_FILTER]: city, ...NOT_SAMPLES }, superseded)
      : everywhere;
    showCounts(everywhere.counts);
    const shown = await Promise.all(
      results.slice(0, SHOWN).map(async (result) => {
        const data = await result.data();
        return resultItem(data, cityOf(data.url));
      }),
    );
    list.replaceChildren(...shown);
    const where = city ? `${city}` : '全省';
    const absent = missing.length > 0 ? `（${missing.join('、')}的网站暂时无法搜索）` : '';
    status.textContent =
      results.length > 0
        ? `${where}找到 ${results.length} 条结果${results.length > SHOWN ? `，显示前 ${SHOWN} 条` : ''}。${absent}`
        : `${where}没有找到“${query}”。${absent}`;
  } catch {
    status.textContent = '搜索暂时无法使用，请稍后再试，或到各市网站搜索。';
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
select.addEventListener('change', () => void run());
form.hidden = false;
const initial = new URLSearchParams(location.search);
input.value = initial.get('q') ?? '';
if (cities.some((each) => each.name === initial.get('city'))) select.value = initial.get('city')!;
if (input.value) void run();
