import { describeScheme, isSafeUrl } from '../lib/safe-url';
import { error, type Problem } from './problem';

/** Front-matter keys whose value is published as a link (settings' `banner.link`, `siteUrl`, and any future `link`/`url` field). */
const URL_KEY = /^(?:link|url|href|siteUrl|website|homepage)$/i;

/** The line of a nested key (`banner.link`): each key searched for below the previous one. */
export function lineOfPath(yaml: string, path: readonly string[], firstLine: number): number | undefined {
  const lines = yaml.split('\n');
  let from = 0;
  for (const key of path) {
    if (/^\d+$/.test(key)) continue;
    const index = lines.findIndex(
      (line, at) =>
        at >= from && new RegExp(`^\\s*(?:-\\s+)?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(line),
    );
    if (index === -1) return undefined;
    from = index;
  }
  return firstLine + from;
}

/**
 * Addresses in front matter and settings that are published as links are held to the same rule as
 * links in bodies (src/lib/safe-url.ts): only http(s), mailto, tel or site paths. The page drops any
 * other (EmergencyBanner uses safeHref); the check says so, with the field and its line.
 */
export function frontMatterUrlProblems(
  data: Record<string, unknown>,
  yaml: string,
  file: string,
  firstLine: number,
): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: string[]) => {
    if (typeof value === 'string') {
      const key = path.at(-1) ?? '';
      if (URL_KEY.test(key) && !isSafeUrl(value)) {
        const field = path.join('.');
        problems.push(
          error(
            file,
            `“${field}”的地址以“${describeScheme(value)}”开头，这类地址可能运行脚本，网站不会发布这个链接。请改为站内路径（如 /notices/…/）或 https:// 网址。`,
            { field, line: lineOfPath(yaml, path, firstLine) },
          ),
        );
      }
      return;
    }
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, String(index)]));
    else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(data, []);
  return problems;
}
