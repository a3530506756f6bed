import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { existsInDist, htmlPages, page, readDist } from '../helpers/dist';

const gzipped = (text: string) => gzipSync(text).length;
const KB = 1024;
// Reading pages only: the CMS at /admin/ is for editors and carries Decap CMS (megabytes by design).
const pages = htmlPages().filter((file) => !file.startsWith('admin/'));

/** Site files a page loads: its stylesheets or its scripts (modulepreloads included). */
function assetsOf(file: string, kind: 'css' | 'js'): string[] {
  const html = page(`/${file}`);
  const selector = kind === 'css' ? 'link[rel=stylesheet]' : 'script[src], link[rel=modulepreload]';
  return html
    .querySelectorAll(selector)
    .map((element) => element.getAttribute('src') ?? element.getAttribute('href')!)
    .filter((path) => path.startsWith('/'))
    .map((path) => path.slice(1));
}

describe('every page fits the budgets of DESIGN.md', () => {
  it('HTML ≤ 20 KB gzipped', () => {
    for (const file of pages) expect(gzipped(readDist(file)), file).toBeLessThanOrEqual(20 * KB);
  });

  it('JavaScript ≤ 10 KB gzipped, CSS ≤ 15 KB gzipped', () => {
    for (const file of pages) {
      const js = assetsOf(file, 'js');
      const css = assetsOf(file, 'css');
      for (const asset of [...js, ...css]) expect(existsInDist(asset), `${asset} on ${file}`).toBe(true);
      expect(js.reduce((sum, asset) => sum + gzipped(readDist(asset)), 0), file).toBeLessThanOrEqual(10 * KB);
      expect(css.reduce((sum, asset) => sum + gzipped(readDist(asset)), 0), file).toBeLessThanOrEqual(15 * KB);
    }
  });
});

describe('every page works under a strict Content-Security-Policy', () => {
  it('has no inline script, no style element and no style attribute', () => {
    for (const file of pages) {
      const html = page(`/${file}`);
      for (const script of html.querySelectorAll('script')) {
        // Structured data (JSON-LD) is never run, so CSP allows it inline.
        const allowed = Boolean(script.getAttribute('src')) || script.getAttribute('type') === 'application/ld+json';
        expect(allowed, `inline script on ${file}: ${script.outerHTML.slice(0, 120)}`).toBe(true);
      }
      expect(html.querySelectorAll('style'), file).toHaveLength(0);
      for (const element of html.querySelectorAll('*')) {
        const handlers = Object.keys(element.attributes).filter((name) => name === 'style' || /^on[a-z]+$/i.test(name));
        expect(handlers, `${file}: <${element.tagName.toLowerCase()}>`).toEqual([]);
      }
    }
  });
});
