/** Site paths. Every internal link is made here, so the URL scheme lives in one place. */

export const sectionPath = (section: string, page = 1): string => (page > 1 ? `/${section}/${page}/` : `/${section}/`);
export const entryPath = (collection: string, id: string): string => `/${collection}/${id}/`;
export const tagPath = (tagSlug: string): string => `/tags/${tagSlug}/`;
export const storyCategoryPath = (slug: string): string => `/stories/category/${slug}/`;
export const storyDistrictPath = (slug: string): string => `/stories/district/${slug}/`;
export const updatesDistrictPath = (slug: string): string => `/updates/district/${slug}/`;

/** An absolute URL on the public site, for feeds, canonical links and QR codes. */
export const absoluteUrl = (path: string, site: URL | string): string => new URL(path, site).href;
