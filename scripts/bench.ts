/**
 * The build benchmark: `npm run bench -- --entries N [--rebuild] [--keep] [--verbose]`.
 *
 * Copies the project to a temporary folder, generates N entries there (never in content/ of the
 * repository), runs the production build (`astro build`: content check, content layer, pages,
 * images, posters, search index) and prints and writes bench-results/<N>.json (git-ignored):
 * phases, pages per second, peak memory, dist/ size, the search index and a first search's bytes.
 * With --rebuild it then changes one entry's text and builds again with the caches of the first
 * build (node_modules/.astro in the copy: data store, images, posters) and compares.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generateEntries, type GeneratedSite } from './bench/generate';
import { browserSearches, type BrowserSearch } from './bench/browser-search';
import { measureFirstSearch, type FirstSearch } from './bench/first-search';
import { CHROMIUM } from './chromium';
import { peakMemoryByPhase, phasesOf, pagesBuilt, type Phases } from './bench/phases';
import { benchProject, folderSize, heaviestHtml, htmlCount } from './bench/project';
import { runBuild, type BuildRun } from './bench/run-build';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ASTRO_BIN = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const MB = 1024 * 1024;

/** The environment a person running the CLI has, without what test runners add. */
function cleanEnv(): NodeJS.ProcessEnv {
  const dropped = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'NODE_OPTIONS']);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !dropped.has(key) && !key.startsWith('VITEST')),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
}

export interface BuildFigures {
  readonly ok: boolean;
  readonly phases: Phases;
  readonly pages: number;
  readonly pagesPerSecond: number;
  readonly peakRssMB: { tree: number; main: number };
  /** The peak RSS (MB) of the tree and of the main process within each stretch of the build, in order. */
  readonly peakRssByPhaseMB: Record<string, { tree: number; main: number }>;
  /** CPU seconds of the build's process tree (sampled every 100 ms, so the last 100 ms may be missing). */
  readonly cpuSeconds: number;
  /** Load average (1, 5, 15 min) before and after the build: the machine is shared. */
  readonly load: readonly number[];
}

function figures(run: BuildRun, loadBefore: readonly number[]): BuildFigures {
  const pages = pagesBuilt(run.lines);
  return {
    ok: run.code === 0,
    phases: phasesOf(run.lines, run.wallMs),
    pages,
    pagesPerSecond: Math.round((pages / (run.wallMs / 1000)) * 10) / 10,
    peakRssMB: { tree: Math.round(run.peakTreeRssBytes / MB), main: Math.round(run.peakMainRssBytes / MB) },
    peakRssByPhaseMB: peakMemoryByPhase(run.lines, run.wallMs, run.memory),
    cpuSeconds: run.cpuSeconds,
    load: [...loadBefore, ...loadavg()].map((value) => Math.round(value * 100) / 100),
  };
}

export interface BenchResult {
  readonly entries: number;
  readonly generated: Record<string, number>;
  readonly images: number;
  readonly machine: { cpus: number; memoryGB: number; node: string; loadBefore: readonly number[] };
  readonly cold: BuildFigures;
  readonly htmlPages: number;
  readonly dist: { bytes: number; files: number; MB: number };
  /** The three heaviest HTML pages, gzipped. */
  readonly heaviestHtml: { page: string; KB: number }[];
  readonly searchIndex: { bytes: number; files: number; KB: number };
  readonly firstSearch: FirstSearchFigures;
  /** A many-result and a few-result first search in Chromium on a phone (absent without Chromium). */
  readonly browserSearches?: BrowserSearchFigures[];
  /** With the first searches of the rebuilt site (the stored full index and the recent one). */
  readonly rebuild?: BuildFigures & {
    changed: string;
    shareOfCold: number;
    firstSearch: FirstSearchFigures;
    browserSearches?: BrowserSearchFigures[];
  };
}

type BrowserSearchFigures = Omit<BrowserSearch, 'files'> & { KB: number; largest: string[] };

/** The searches' figures, with their six largest files (as served) to see where the bytes go. */
const browserSearchFigures = async (dist: string, browser = true): Promise<BrowserSearchFigures[] | undefined> =>
  CHROMIUM && browser
    ? (await browserSearches(dist)).map(({ files, ...search }) => ({
        ...search,
        KB: Math.round(search.gzipped / 1024),
        largest: [...files].sort((a, b) => Number(b.split(' ').at(-1)) - Number(a.split(' ').at(-1))).slice(0, 6),
      }))
    : undefined;

type FirstSearchFigures = {
  query: string;
  results: number;
  bytes: number;
  bytesGzipped: number;
  KB: number;
  files: number;
  /** KB of the filter index the search page loads after the first results (for the facets' counts). */
  filterIndexKB: number;
};

const firstSearchFigures = (search: FirstSearch): FirstSearchFigures => ({
  query: search.query,
  results: search.results,
  bytes: search.bytes,
  bytesGzipped: search.bytesGzipped,
  KB: Math.round(search.bytes / 1024),
  files: search.files.length,
  filterIndexKB: Math.round(search.filterIndexBytes / 1024),
});

export interface BenchOptions {
  readonly entries: number;
  readonly rebuild?: boolean;
  /** Keep the temporary project (its path is logged). */
  readonly keep?: boolean;
  /** Echo the build's output. */
  readonly verbose?: boolean;
  readonly log?: (line: string) => void;
  /** Skip the first searches in Chromium (on a busy machine they time out; the Node first search stays). */
  readonly noBrowser?: boolean;
  /** Build without experimental.incrementalBuild (to measure what it costs a cold build). */
  readonly noIncremental?: boolean;
  /** Called after the cold build with the built dist/ and the generated site, before anything is removed. */
  readonly inspect?: (dist: string, site: GeneratedSite) => void;
}

export async function bench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const project = benchProject(ROOT);
  try {
    const site = generateEntries(project.dir, options.entries);
    if (options.noIncremental) {
      const config = join(project.dir, 'astro.config.mjs');
      const text = readFileSync(config, 'utf8');
      if (!text.includes('incrementalBuild: true'))
        throw new Error('astro.config.mjs no longer says incrementalBuild: true');
      writeFileSync(config, text.replace('incrementalBuild: true', 'incrementalBuild: false'));
    }
    log(
      `[bench] ${options.entries} entries generated in ${project.dir}: ${JSON.stringify(site.counts)}, ${site.images} images`,
    );
    const loadBefore = loadavg();
    const cold = await runBuild(ASTRO_BIN, project.dir, cleanEnv(), options.verbose);
    if (cold.code !== 0) {
      throw new Error(
        `astro build failed (exit ${cold.code}):\n${cold.lines
          .slice(-60)
          .map((line) => line.text)
          .join('\n')}`,
      );
    }
    const coldFigures = figures(cold, loadBefore);
    const dist = join(project.dir, 'dist');
    const distSize = folderSize(dist);
    const indexSize = folderSize(join(dist, 'pagefind'));
    const search = await measureFirstSearch(dist);
    options.inspect?.(dist, site);
    const result: BenchResult = {
      entries: options.entries,
      generated: site.counts,
      images: site.images,
      machine: {
        cpus: cpus().length,
        memoryGB: Math.round(totalmem() / 1024 ** 3),
        node: process.version,
        loadBefore: loadBefore.map((v) => Math.round(v * 100) / 100),
      },
      cold: coldFigures,
      htmlPages: htmlCount(dist),
      dist: { ...distSize, MB: Math.round((distSize.bytes / MB) * 10) / 10 },
      heaviestHtml: heaviestHtml(dist),
      // The whole bundle Pagefind writes (index chunks, fragments, filters, meta, scripts, wasm, UI files).
      searchIndex: { ...indexSize, KB: Math.round(indexSize.bytes / 1024) },
      firstSearch: firstSearchFigures(search),
      browserSearches: await browserSearchFigures(dist, !options.noBrowser),
    };
    if (options.rebuild) {
      const file = join(project.dir, site.editable);
      writeFileSync(
        file,
        `${readFileSync(file, 'utf8')}\n## 补充说明\n\n本文于近日补充了一段新的说明：请继续保持勤洗手、常通风的好习惯。\n`,
      );
      const loadAgain = loadavg();
      const warm = await runBuild(ASTRO_BIN, project.dir, cleanEnv(), options.verbose);
      if (warm.code !== 0)
        throw new Error(
          `rebuild failed (exit ${warm.code}):\n${warm.lines
            .slice(-60)
            .map((line) => line.text)
            .join('\n')}`,
        );
      const warmFigures = figures(warm, loadAgain);
      // The edited page must show the edit: a rebuild that copied it from the cache would be wrong.
      const editedPage = join(
        dist,
        site.pages.find((path) => site.editable.includes(path.split('/')[2]!))!,
        'index.html',
      );
      if (!readFileSync(editedPage, 'utf8').includes('补充说明'))
        throw new Error(`rebuild: ${editedPage} does not show the edit`);
      // And the search must find it first (the rebuild indexes the changed page into the recent index).
      const found = await measureFirstSearch(dist, '补充说明');
      const editedPath = `/${relative(dist, editedPage).replace(/index\.html$/, '')}`;
      if (found.urls[0] !== editedPath)
        throw new Error(
          `rebuild: a search for the edit (补充说明) shows ${found.urls.join(', ') || 'nothing'} first, not ${editedPath}`,
        );
      const searchAgain = await measureFirstSearch(dist);
      Object.assign(result, {
        rebuild: {
          ...warmFigures,
          changed: site.editable,
          shareOfCold: Math.round((warmFigures.phases.total / coldFigures.phases.total) * 1000) / 1000,
          firstSearch: firstSearchFigures(searchAgain),
          browserSearches: await browserSearchFigures(dist, !options.noBrowser),
        },
      });
    }
    return result;
  } finally {
    if (options.keep) log(`[bench] kept ${project.dir}`);
    else project.remove();
  }
}

const browserLines = (prefix: string, searches: readonly BrowserSearchFigures[] | undefined): string[] =>
  searches
    ? searches.map(
        (search) =>
          `${prefix}first search in Chromium on a phone “${search.query}”: ${search.results} results (“${search.status}”) after ${search.firstResultsMs} ms, ${search.KB} KB in ${search.requests} requests (gzip on text); next search ${search.nextResultsMs} ms`,
      )
    : [`${prefix}first search in Chromium: not measured (no Chromium, or --no-browser)`];

function summaryOf(result: BenchResult): string {
  const line = (label: string, f: BuildFigures) =>
    `${label}: ${f.phases.total} s, ${f.pages} pages, ${f.pagesPerSecond} pages/s, peak RSS ${f.peakRssMB.tree} MB (main process ${f.peakRssMB.main} MB), ${f.cpuSeconds} CPU s, load ${f.load.slice(0, 1).join('')}→${f.load[3]}\n` +
    `  phases (s): ${Object.entries(f.phases)
      .map(([key, value]) => `${key} ${value}`)
      .join(', ')}\n` +
    `  peak RSS by phase (MB, tree / main): ${Object.entries(f.peakRssByPhaseMB)
      .map(([key, { tree, main }]) => `${key} ${tree} / ${main}`)
      .join(', ')}`;
  return [
    line(`cold build, ${result.entries} entries`, result.cold),
    `dist: ${result.dist.MB} MB in ${result.dist.files} files (${result.htmlPages} HTML pages); Pagefind bundle ${result.searchIndex.KB} KB in ${result.searchIndex.files} files`,
    `heaviest HTML pages (gzipped): ${result.heaviestHtml.map(({ page, KB }) => `${KB} KB ${page}`).join(', ')}`,
    `first search “${result.firstSearch.query}”: ${result.firstSearch.KB} KB in ${result.firstSearch.files} files (${Math.round(result.firstSearch.bytesGzipped / 1024)} KB with pagefind.js gzipped), ${result.firstSearch.results} results; then ${result.firstSearch.filterIndexKB} KB of filter index for the facets`,
    ...browserLines('', result.browserSearches),
    ...(result.rebuild
      ? [
          line(`rebuild after editing ${result.rebuild.changed}`, result.rebuild),
          `  rebuild / cold = ${(result.rebuild.shareOfCold * 100).toFixed(1)} %`,
          `  first search of the rebuilt site: ${result.rebuild.firstSearch.KB} KB in ${result.rebuild.firstSearch.files} files (${Math.round(result.rebuild.firstSearch.bytesGzipped / 1024)} KB with pagefind.js gzipped), ${result.rebuild.firstSearch.results} results`,
          ...browserLines('  rebuilt site: ', result.rebuild.browserSearches),
        ]
      : []),
  ].join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string', default: '1000' },
      rebuild: { type: 'boolean' },
      'no-incremental': { type: 'boolean' },
      keep: { type: 'boolean' },
      verbose: { type: 'boolean' },
      'no-browser': { type: 'boolean' },
    },
  });
  const entries = Number(values.entries);
  if (!Number.isInteger(entries) || entries < 10) throw new Error('--entries must be a whole number of at least 10');
  const result = await bench({
    entries,
    rebuild: values.rebuild,
    keep: values.keep,
    verbose: values.verbose,
    noIncremental: values['no-incremental'],
    noBrowser: values['no-browser'],
  });
  console.log(summaryOf(result));
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const out = join(
    ROOT,
    'bench-results',
    `${entries}${values.rebuild ? '-rebuild' : ''}${values['no-incremental'] ? '-no-incremental' : ''}.json`,
  );
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`[bench] written ${out}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
export { summaryOf };
