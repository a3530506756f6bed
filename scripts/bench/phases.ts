import type { StampedLine } from './run-build';

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
  /** The astro:build:done hooks before the search index (image metadata, review report, sitemap, poster cache). */
  buildDoneHooks: number;
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
  const at = (pattern: RegExp, from = 0): number | undefined => lines.slice(from).find((line) => pattern.test(line.text))?.at;
  const index = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line.text));
  const number = (pattern: RegExp): number => Number(lines.map((line) => pattern.exec(line.text)?.[1]).find(Boolean) ?? 0);

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
  return {
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
    searchIndex: seconds(searchIndex),
    total: seconds(wallMs),
  };
}

/** `[build] 205 page(s) built in 22.53s` */
export const pagesBuilt = (lines: readonly StampedLine[]): number =>
  Number(lines.map((line) => /(\d+) page\(s\) built in/.exec(line.text)?.[1]).find(Boolean) ?? 0);
