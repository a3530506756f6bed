import { slugFor } from '../../src/lib/slugs';

/**
 * One page of every template of the site, for tests that look at each kind of page once
 * (accessibility, keyboard use, elder mode). Knowledge appears three times: current,
 * superseded and overdue articles carry different notices.
 */
export const TEMPLATE_PAGES = [
  '/',
  '/knowledge/',
  '/knowledge/2/',
  '/customs/',
  '/stories/',
  '/notices/',
  '/updates/',
  '/posters/',
  '/knowledge/hand-washing/',
  '/knowledge/masks/',
  '/knowledge/ventilation/',
  '/customs/dining-shared-chopsticks/',
  '/stories/community-doctor/',
  '/notices/wenming-2020-1/',
  '/updates/xiaodian-poster-boards/',
  // MDX articles: between them and the three above, every block of src/mdx/vocabulary.ts (视频 in hand-washing).
  '/updates/yangqu-loudspeakers/',
  '/knowledge/mental-health/',
  '/posters/wear-masks/',
  // A poster with a picture (its alt text and credit).
  '/posters/hand-washing-school/',
  '/broadcasts/',
  // A 顺口溜 (one line per line) and a prose 广播稿 with downloads and the length facts.
  '/broadcasts/red-white-events/',
  '/broadcasts/wash-hands-masks/',
  '/broadcasts/kind/shunkouliu/',
  '/tags/',
  `/tags/${slugFor('洗手')}/`,
  '/stories/category/medical/',
  '/stories/district/xiaodian/',
  '/updates/district/xiaodian/',
  '/sms/',
  '/centers/',
  '/reports/',
  '/reports/guide/',
  // A month page: a month of the sample reports, with both 已报送 and 未报送.
  '/reports/2020-02/',
  '/guides/',
  '/guides/fever/',
  '/clinics/',
  '/slogans/',
  '/slogans/hand-washing/banner/',
  '/slogans/hand-washing/wall/',
  '/campaigns/',
  '/campaigns/schools/',
  '/nominate/',
  '/knowledge/topic/protection/',
  '/sitemap/',
  '/accessibility/',
  '/privacy/',
  '/search/',
  '/feeds/',
  '/no-such-page/',
] as const;
