import { gzipSync } from 'node:zlib';
import { page, readDist } from './dist';

/** Gzipped bytes of one page and of the files it loads before any interaction. */
export interface PageWeight {
  readonly file: string;
  readonly html: number;
  readonly css: number;
  readonly js: number;
}

const gzipped = (text: string): number => gzipSync(text).length;

/** A site path such as /_astro/a.js as a file name under dist/. */
const distFile = (path: string): string => decodeURIComponent(new URL(path, 'http://site/').pathname).slice(1);

/**
 * JavaScript a page runs without interaction: its script files and everything they import
 * statically. Dynamic import() (the search index, loaded only when a reader searches) is left out.
 */
function scriptClosure(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    const file = distFile(path);
    if (seen.has(file)) return;
    seen.add(file);
    const source = readDist(file);
    for (const match of source.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+)["']/g)) {
      visit(new URL(match[1]!, new URL(path, 'http://site/')).pathname);
    }
  };
  entries.forEach(visit);
  return seen;
}

export function pageWeight(file: string): PageWeight {
  const html = page(`/${file}`);
  const styles = html.querySelectorAll('link[rel=stylesheet]').map((link) => distFile(link.getAttribute('href')!));
  const scripts = html
    .querySelectorAll('script[src]')
    .map((script) => script.getAttribute('src')!)
    .filter((src) => src.startsWith('/'));
  const sum = (files: Iterable<string>) => [...files].reduce((total, name) => total + gzipped(readDist(name)), 0);
  return { file, html: gzipped(readDist(file)), css: sum(new Set(styles)), js: sum(scriptClosure(scripts)) };
}
