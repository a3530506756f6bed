import type { MemorySample, StampedLine } from './run-build';

/** Seconds, rounded to hundredths. */
const seconds = (ms: number) => Math.round(ms / 10) / 100;

export interface Phases {
  /** From starting the CLI to the content check: Node, Vite and Astro loading the config. */
  startup: number;
  /** The content checks (src/integrations/content-check.ts), as the integration times itself (it prints first, when done). */
  contentCheck: number;
  /** From the content check to the content sync: Astro loading the content config through Vite. */
  contentConfig: number;
  /** Astro's content layer: loading, parsing, validating and rendering every entry into the data store. */
  contentSync: number;
  /** Between the content sync and bundling (Astro emptied dist/ here before src/build-cache/kept-output.ts). */
  prepare: number;
  /** Vite bundling the server and client entry points. */
  bundle: number;
  /** Rendering every page and endpoint to dist/ (poster pages render poster files here, on a cache miss). */
  render: number;
  /** Of `render`: rendering poster PDF/PNG/WebP files, as the poster integration reports it. */
  posters: number;
  /** astro:assets writing the optimised images. */
  images: number;
  /** The astro:build:done hooks before the search index (image metadata, review report, sitemap, poster cache, share cards). */
  buildDoneHooks: number;
  /** Of `buildDoneHooks`: drawing (or taking from the cache) every page's share cards, as the integration reports it. */
  shareCards: number;
  /** Pagefind indexing the built pages, as the integration times itself. */
  searchIndex: number;
  /** Whole `astro build`, wall clock. */
  total: number;
}

/**
 * Splits a build into phases from the lines it printed, stamped when the benchmark received them
 * (Astro's own timestamps have whole seconds only), plus the durations the integrations report.
 */
export function phasesOf(lines: readonly StampedLine[], wallMs: number): Phases {
  return spansOf(lines, wallMs).phases;
}

/** The build's stretches in order, in ms since it started, for telling where memory peaks. */
export interface Span {
  readonly name: string;
  readonly from: number;
  readonly to: number;
}

function spansOf(lines: readonly StampedLine[], wallMs: number): { phases: Phases; spans: Span[] } {
  const at = (pattern: RegExp, from = 0): number | undefined =>
    lines.slice(from).find((line) => pattern.test(line.text))?.at;
  const index = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line.text));
  const number = (pattern: RegExp): number =>
    Number(lines.map((line) => pattern.exec(line.text)?.[1]).find(Boolean) ?? 0);

  const first = lines[0]?.at ?? 0;
  const syncStart = at(/\[content\] Syncing content/) ?? first;
  const syncEnd = at(/\[content\] Synced content/) ?? syncStart;
  const bundleStart = at(/Building static entrypoints/) ?? syncEnd;
  const renderIndex = index(/generating static routes/);
  const renderStart = renderIndex >= 0 ? lines[renderIndex]!.at : bundleStart;
  const imagesIndex = index(/generating optimized images/);
  const imagesStart = imagesIndex >= 0 ? lines[imagesIndex]!.at : undefined;
  const builtIndex = index(/\[build\] ✓ Completed in/);
  const renderEnd = imagesStart ?? (builtIndex >= 0 ? lines[builtIndex]!.at : renderStart);
  const imagesEnd = imagesStart !== undefined ? (at(/✓ Completed in/, imagesIndex + 1) ?? imagesStart) : renderEnd;
  const hooksEnd = at(/\[site:pagefind\]/) ?? wallMs;
  const searchIndex = number(/Indexed .+? in ([\d.]+) s/) * 1000;
  const contentCheck = number(/content checked in ([\d.]+) s/) * 1000;
  const searchStart = Math.max(imagesEnd, hooksEnd - searchIndex);
  const spans: Span[] = [
    { name: 'startup, content check and config', from: 0, to: syncStart },
    { name: 'contentSync', from: syncStart, to: syncEnd },
    { name: 'prepare and bundle', from: syncEnd, to: renderStart },
    { name: 'render', from: renderStart, to: renderEnd },
    { name: 'images', from: renderEnd, to: imagesEnd },
    { name: 'buildDoneHooks', from: imagesEnd, to: searchStart },
    { name: 'searchIndex', from: searchStart, to: hooksEnd },
    { name: 'publish and exit', from: hooksEnd, to: wallMs },
  ];
  const phases: Phases = {
    startup: seconds(Math.max(0, first - contentCheck)),
    contentCheck: seconds(contentCheck),
    contentConfig: seconds(syncStart - first),
    contentSync: seconds(syncEnd - syncStart),
    prepare: seconds(bundleStart - syncEnd),
    bundle: seconds(renderStart - bundleStart),
    render: seconds(renderEnd - renderStart),
    posters: seconds(number(/rendering took ([\d.]+) s/) * 1000),
    images: seconds(imagesEnd - renderEnd),
    buildDoneHooks: seconds(Math.max(0, hooksEnd - searchIndex - imagesEnd)),
    shareCards: seconds(number(/share cards: .*?\(([\d.]+) s\)/) * 1000),
    searchIndex: seconds(searchIndex),
    total: seconds(wallMs),
  };
  return { phases, spans };
}

/** The highest memory (MB) of the process tree and of the main process in each stretch of the build. */
export function peakMemoryByPhase(
  lines: readonly StampedLine[],
  wallMs: number,
  samples: readonly MemorySample[],
): Record<string, { tree: number; main: number }> {
  const MB = 1024 * 1024;
  return Object.fromEntries(
    spansOf(lines, wallMs).spans.map(({ name, from, to }) => {
      const within = samples.filter((sample) => sample.at >= from && sample.at < to);
      return [
        name,
        {
          tree: Math.round(Math.max(0, ...within.map((sample) => sample.tree)) / MB),
          main: Math.round(Math.max(0, ...within.map((sample) => sample.main)) / MB),
        },
      ];
    }),
  );
}

/** `[build] 205 page(s) built in 22.53s` */
export const pagesBuilt = (lines: readonly StampedLine[]): number =>
  Number(lines.map((line) => /(\d+) page\(s\) built in/.exec(line.text)?.[1]).find(Boolean) ?? 0);
