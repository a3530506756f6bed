/**
 * Titles of paginated lists (a section, a tag, a filter): page 1 has the list's own title, page 2
 * onward says which page it is. Their share card is the list's (src/share-cards/spec.ts): nobody
 * shares page 7 of a tag for its own picture, and a decade's archive has thousands of such pages.
 */

/** `防疫知识` on page 1, `防疫知识（第 3 页）` on page 3. */
export const pagedTitle = (title: string, currentPage: number): string =>
  currentPage > 1 ? `${title}（第 ${currentPage} 页）` : title;

/**
 * The list's own title, from the title and site path of one of its pages: `防疫知识（第 3 页）` at
 * `/knowledge/3/` → `防疫知识`. A title whose page number is not the one its path ends with is
 * returned as it is (an entry that happens to be titled so).
 */
export function listTitleOf(title: string, pathname: string): string {
  const page = /\/(\d+)\/?$/.exec(pathname)?.[1];
  if (!page || Number(page) < 2) return title;
  const suffix = `（第 ${Number(page)} 页）`;
  return title.endsWith(suffix) ? title.slice(0, -suffix.length) : title;
}
