/**
 * Site paths of sections, entries, term pages and the site's own pages. Not every link: poster,
 * slogan and loudspeaker pages and files are named next to their formats (data/posters.ts,
 * data/slogans.ts, posters/files.ts, slogans/files.ts, lib/broadcast-files.ts), share cards in
 * share-cards/spec.ts, and fixed addresses (`/`, `/rss.xml`, `/tags/`) are written where they are linked.
 */
import { mailtoHref } from './mailto';

export const sectionPath = (section: string, page = 1): string => (page > 1 ? `/${section}/${page}/` : `/${section}/`);
export const entryPath = (collection: string, id: string): string => `/${collection}/${id}/`;
export const tagPath = (tagSlug: string): string => `/tags/${tagSlug}/`;
export const storyCategoryPath = (slug: string): string => `/stories/category/${slug}/`;
export const storyDistrictPath = (slug: string): string => `/stories/district/${slug}/`;
export const knowledgeTopicPath = (slug: string): string => `/knowledge/topic/${slug}/`;
export const updatesDistrictPath = (slug: string): string => `/updates/district/${slug}/`;
/** Loudspeaker scripts of one kind (顺口溜…) and for one audience (村…). */
export const broadcastKindPath = (slug: string): string => `/broadcasts/kind/${slug}/`;
export const broadcastAudiencePath = (slug: string): string => `/broadcasts/audience/${slug}/`;

export const districtsPath = '/districts/';
export const districtPath = (slug: string): string => `/districts/${slug}/`;
/** Reports (工作动态) counted by district and month, and their CSV export. */
export const reportsPath = '/reports/';
export const reportsCsvPath = '/reports/updates.csv';
/** How counties and units report (报送指南), and who has reported in one month (`2020-02`). */
export const reportsGuidePath = '/reports/guide/';
export const reportsMonthPath = (month: string): string => `/reports/${month}/`;
/** SMS texts for operators. */
export const smsCsvPath = '/sms/sms-texts.csv';
export const smsTextPath = '/sms/sms-texts.txt';
/** Approved slogans as RSS (src/pages/slogans/rss.xml.ts). */
export const sloganRssPath = '/slogans/rss.xml';
/** Feeds and embeds for media centers, and the page that explains them. */
export const feedsPath = '/feeds/';
export const jsonFeedPath = '/feed.json';
export const sectionRssPath = (section: string): string => `/${section}/rss.xml`;
export const sectionJsonFeedPath = (section: string): string => `/${section}/feed.json`;
export const embedPath = (section: string): string => `/embed/${section}/`;
/** Practice centers of one district, one level or one service. */
export const centersDistrictPath = (slug: string): string => `/centers/#district-${slug}`;
export const centersLevelPath = (slug: string): string => `/centers/level/${slug}/`;
export const centersServicePath = (slug: string): string => `/centers/service/${slug}/`;

/** An absolute URL on the public site, for feeds, canonical links and QR codes. */
export const absoluteUrl = (path: string, site: URL | string): string => new URL(path, site).href;

/** The creation campaigns (创建活动) by kind, and how readers nominate a 身边好人 (no form: a letter). */
export const campaignsPath = '/campaigns/';
export const nominatePath = '/nominate/';

/** Fever clinics and other places to see a doctor. */
export const clinicsPath = '/clinics/';
/** A telephone link; hyphens and spaces are left out of the number dialled. */
export const telHref = (number: string): string => `tel:${number.replace(/[\s-]/g, '')}`;
/**
 * A link that opens the reader's map app (or its web page) searching for an address: Amap's URI API
 * (https://lbs.amap.com/api/uri-api/guide/search/search), a plain link, so the page loads no script of theirs.
 */
export const mapSearchUrl = (address: string, city: string): string =>
  `https://uri.amap.com/search?${new URLSearchParams({ keyword: address, city, callnative: '1' })}`;

/** The site's own pages: the HTML site map, the accessibility (适老化) statement, privacy and copyright. */
export const siteMapPath = '/sitemap/';
export const accessibilityPath = '/accessibility/';
export const privacyPath = '/privacy/';
/** A 纠错 e-mail about a page, with its title and address already written in. */
export const correctionMailto = (email: string, title: string, url: string): string =>
  mailtoHref(email, { subject: `纠错：${title}`, body: `页面：${title}\n地址：${url}\n\n问题和建议：\n` });
