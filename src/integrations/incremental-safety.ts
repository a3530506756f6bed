import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { virtualModule } from './virtual-module';

/** Every `/_astro/…` file a page refers to (scripts, styles, images, in src, href and srcset). */
const ASSET_REFERENCE = /\/_astro\/[^"'\s,)?#]+/g;

/** Pages that refer to `/_astro/` files the build did not write, with those files. */
export function missingAssets(dist: string): Map<string, string[]> {
  const missing = new Map<string, string[]>();
  for (const page of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'))) {
    const html = readFileSync(`${dist}/${page}`, 'utf8');
    const absent = [...new Set(html.match(ASSET_REFERENCE) ?? [])].filter((asset) => !existsSync(`${dist}${asset}`));
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
 *   17704, 17993). The names of this build's client files are given to the pages' cache keys
 *   (src/data/page-cache.ts reads `outDir` from here), so a renamed file renders every page anew.
 * - After the build every page's `/_astro/` references are checked; a missing file fails the
 *   build with the pages and files named, and never reaches readers.
 */
export function incrementalSafety(): AstroIntegration {
  return {
    name: 'civilization-site:incremental-safety',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const outDir = fileURLToPath(config.outDir);
        updateConfig({
          vite: {
            plugins: [virtualModule('virtual:wenming/build-output', () => `export const outDir = ${JSON.stringify(outDir)};`)],
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        const missing = missingAssets(fileURLToPath(dir).replace(/\/$/, ''));
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
