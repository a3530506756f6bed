import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlPagesIn } from './output-folder';
import { pageFacts } from './page-facts';

/** Every `/_astro/…` file a page refers to (scripts, styles, images, in src, href and srcset). */
const ASSET_REFERENCE = /\/_astro\/[^"'\s,)?#]+/g;

/**
 * Pages that refer to `/_astro/` files the build did not write, with those files. With a
 * `cacheFile`, the references of each page are kept there, and a page file with the same stamp as
 * at the previous check (a page the build kept in place) is not read again (page-facts.ts);
 * whether the files exist is checked on every call.
 */
export function missingAssets(dist: string, cacheFile?: string): Map<string, string[]> {
  const references = pageFacts(
    dist,
    htmlPagesIn(dist),
    (html) => [...new Set(html.match(ASSET_REFERENCE) ?? [])],
    // The pattern is the store's version: references found by another pattern are not used.
    cacheFile ? { file: cacheFile, version: ASSET_REFERENCE.source } : undefined,
  );
  const exists = new Map<string, boolean>();
  const missing = new Map<string, string[]>();
  for (const [page, assets] of references) {
    const absent = assets.filter((asset) => {
      if (!exists.has(asset)) exists.set(asset, existsSync(`${dist}${asset}`));
      return !exists.get(asset);
    });
    if (absent.length > 0) missing.set(page, absent);
  }
  return missing;
}

/**
 * Guards Astro's incremental builds (experimental.incrementalBuild, astro.config.mjs), which copy
 * an unchanged page from the previous build instead of rendering it:
 *
 * - Astro decides "unchanged" from a page's data and source code, not from the names of the
 *   scripts and styles the client build writes; when a change elsewhere renames those (a shared
 *   chunk split differently), a copied page would load files that no longer exist (Astro issues
 *   17704, 17993). Every page's key holds the fingerprint of this build's client files
 *   (client-files.ts), so a renamed file renders every page anew.
 * - After the build (this integration) every page's `/_astro/` references are checked; a missing
 *   file fails the build with the pages and files named, and never reaches readers. The references
 *   of pages kept in place from the previous build come from the store instead of being read again.
 */
export function missingAssetCheck(): AstroIntegration {
  let referencesFile = '';
  return {
    name: 'site:missing-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        referencesFile = fileURLToPath(new URL('asset-references.v8', config.cacheDir));
      },
      'astro:build:done': ({ dir }) => {
        const missing = missingAssets(fileURLToPath(dir).replace(/\/$/, ''), referencesFile);
        if (missing.size === 0) return;
        const list = [...missing].slice(0, 10).map(([page, assets]) => `  ${page}: ${assets.join(', ')}`);
        throw new Error(
          `${missing.size} 个页面引用了本次构建没有生成的文件，网站不能这样发布：\n${list.join('\n')}\n` +
            '这通常是增量构建复制了旧页面。请删除 node_modules/.astro/ 文件夹后重新构建。',
        );
      },
    },
  };
}
