import { describe, expect, it } from 'vitest';
import { distFiles, htmlPages, page, readDist } from '../helpers/dist';

describe('the CMS at /admin/', () => {
  const admin = page('/admin/');

  it('is built into the site, in Chinese, and never indexed', () => {
    expect(admin.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(admin.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(admin.querySelector('noscript')?.textContent).toContain('需要启用 JavaScript');
  });

  it('loads Decap CMS from the site itself, not from a CDN', () => {
    const scripts = admin.querySelectorAll('script[src]').map((script) => script.getAttribute('src')!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect(src).toMatch(/^\/_astro\//);
    const bundle = readDist(scripts[0]!.slice(1));
    expect(bundle).toContain('decap-cms-app');
    for (const file of distFiles().filter((name) => /^_astro\/.*\.js$/.test(name))) {
      expect(readDist(file), file).not.toMatch(
        /https:\/\/(unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com)\/[^"']*decap/,
      );
    }
  });

  it('is linked from no public page', () => {
    for (const file of htmlPages().filter((name) => !name.startsWith('admin/'))) {
      expect(page(`/${file}`).querySelector('a[href^="/admin"]'), file).toBeNull();
    }
  });
});
