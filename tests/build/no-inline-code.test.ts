import { describe, expect, it } from 'vitest';
import { htmlPages, page } from '../helpers/dist';

/**
 * Every page (the CMS's too) is served with a Content-Security-Policy that allows no inline script
 * or style (the policy itself: src/security, checked behind nginx in tests/browser/nginx.test.ts).
 */
describe('every page keeps scripts and styles in files', () => {
  const pages = htmlPages().map((file) => ({ file, html: page(`/${file}`) }));

  it('has no inline script and no event-handler attribute', () => {
    for (const { file, html } of pages) {
      for (const script of html.querySelectorAll('script')) {
        expect(script.getAttribute('src'), `${file}: ${script.outerHTML.slice(0, 120)}`).toBeTruthy();
        expect(script.textContent.trim(), file).toBe('');
      }
      const handlers = html
        .querySelectorAll('*')
        .filter((element) => Object.keys(element.attributes).some((name) => /^on/i.test(name)));
      expect(
        handlers.map((element) => element.outerHTML.slice(0, 120)),
        file,
      ).toEqual([]);
    }
  });

  it('has no <style> element and no style attribute', () => {
    for (const { file, html } of pages) {
      expect(html.querySelectorAll('style'), file).toHaveLength(0);
      expect(
        html.querySelectorAll('[style]').map((element) => element.outerHTML.slice(0, 120)),
        file,
      ).toEqual([]);
    }
  });

  it('loads the reading preferences with a blocking script before the stylesheets', () => {
    for (const { file, html } of pages.filter(({ file }) => !file.startsWith('embed/') && !file.startsWith('admin/'))) {
      const head = html.querySelector('head')!;
      const first = head.querySelectorAll('script, link[rel=stylesheet]')[0];
      expect(first?.tagName, file).toBe('SCRIPT');
      expect(first?.getAttribute('src'), file).toMatch(/^\/_astro\/apply-reading-preferences\.[\w-]+\.js$/);
      expect(first?.hasAttribute('type') || first?.hasAttribute('defer') || first?.hasAttribute('async'), file).toBe(
        false,
      );
    }
  });
});
