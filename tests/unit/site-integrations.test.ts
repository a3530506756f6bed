import { describe, expect, it } from 'vitest';
import { civilizationSite, searchIndexOptions } from '../../src/integrations/site';

describe('civilizationSite (the site’s integrations)', () => {
  it('lists them in the order their dependencies need, with one naming scheme', () => {
    const names = civilizationSite({ root: new URL('../../', import.meta.url) }).map((integration) => integration.name);
    expect(names).toEqual([
      'site:staged-output',
      'site:content-check',
      'site:content-data-file',
      '@astrojs/mdx',
      'site:admin',
      'site:image-metadata',
      'site:review-report',
      '@astrojs/sitemap',
      'site:posters',
      'site:share-cards',
      'site:kept-output',
      'site:missing-assets',
      'site:pagefind',
      'site:publish-output',
    ]);
  });

  it('switches the recent search index off by option or by SEARCH_RECENT_INDEX, the option first', () => {
    expect(searchIndexOptions({}, {})).toEqual({ language: 'zh-CN', recentIndex: 'auto' });
    expect(searchIndexOptions({}, { SEARCH_RECENT_INDEX: 'never' }).recentIndex).toBe('never');
    expect(searchIndexOptions({ recentSearchIndex: 'never' }, {}).recentIndex).toBe('never');
    expect(searchIndexOptions({ recentSearchIndex: 'auto' }, { SEARCH_RECENT_INDEX: 'never' }).recentIndex).toBe(
      'auto',
    );
    expect(() => searchIndexOptions({}, { SEARCH_RECENT_INDEX: 'off' })).toThrow(
      'SEARCH_RECENT_INDEX=off: use one of auto, always, never',
    );
  });
});
