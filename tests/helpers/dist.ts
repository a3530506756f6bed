import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { DIST } from './paths';

/** All files of the built site, as paths relative to dist/. */
export function distFiles(): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((item) =>
      item.isDirectory() ? walk(join(folder, item.name)) : [relative(DIST, join(folder, item.name))],
    );
  return walk(DIST);
}

export const htmlPages = (): string[] => distFiles().filter((file) => file.endsWith('.html'));

/** Pages for readers: every page but the CMS at /admin/, which is for editors (tests/build/admin.test.ts). */
export const readerPages = (): string[] => htmlPages().filter((file) => !file.startsWith('admin/'));

/** Pages with the site's chrome (header, banner, reading preferences): not the /embed/ pages framed elsewhere. */
export const sitePages = (): string[] => readerPages().filter((file) => !file.startsWith('embed/'));

export const readDist = (file: string): string => readFileSync(join(DIST, file), 'utf8');

export const existsInDist = (file: string): boolean => existsSync(join(DIST, file));

/** The built page at a site path such as `/knowledge/hand-washing/`. */
export function page(path: string): HTMLElement {
  const file = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
  return parse(readDist(file));
}

/** The page's visible text with white space folded. */
export const textOf = (element: HTMLElement): string => element.textContent.replace(/\s+/g, ' ');

/** The metadata box of an entry page (发布日期, 来源, …) as label → text. */
export function metaOf(html: HTMLElement): Map<string, string> {
  const items = html.querySelectorAll('.meta div');
  return new Map(
    items.map((item) => [textOf(item.querySelector('dt')!).trim(), textOf(item.querySelector('dd')!).trim()]),
  );
}
