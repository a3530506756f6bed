import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { build } from 'vite';
import { hubHeadersFile, hubNotFoundPage, hubPage } from './page';
import type { Province } from './province';

const SCRIPT = 'hub-search.js';

/**
 * Writes the province hub into `outDir` (replaced as a whole when done): its page, stylesheet and
 * script, `_headers`, and Pagefind's own runtime (pagefind.js and its WebAssembly, with an index of
 * one placeholder record, never shown), the same version as the city sites' since it is the same
 * lockfile; the cities' indexes are merged in the reader's browser.
 */
export async function buildHub(root: string, province: Province, outDir: string): Promise<void> {
  const scratch = `${outDir.replace(/\/$/, '')}.${process.pid}.tmp`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    mode: 'production',
    build: {
      outDir: scratch,
      emptyOutDir: false,
      copyPublicDir: false,
      assetsInlineLimit: 0,
      rollupOptions: { input: { hub: join(root, 'src/hub/hub-search.ts') }, output: { entryFileNames: SCRIPT } },
    },
  });
  copyFileSync(join(root, 'src/hub/hub.css'), join(scratch, 'hub.css'));
  writeFileSync(join(scratch, 'index.html'), hubPage(province, SCRIPT));
  writeFileSync(join(scratch, '404.html'), hubNotFoundPage(province));
  writeFileSync(join(scratch, '_headers'), hubHeadersFile(province));
  await writePagefindRuntime(join(scratch, 'pagefind'));
  rmSync(outDir, { recursive: true, force: true });
  renameSync(scratch, outDir);
}

async function writePagefindRuntime(outputPath: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index) throw new Error(errors.join('; '));
    // Pagefind writes no bundle for an empty index; this record has no city, so the hub's searches never find it.
    const added = await index.addCustomRecord({
      url: '/',
      content: '全省搜索',
      language: 'zh-cn',
      meta: { title: '全省搜索' },
      filters: { hub: ['1'] },
    });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    // The hub uses Pagefind's JS API only, on the main thread: not its UI bundles, highlighter or worker.
    for (const name of readdirSync(outputPath))
      if (/^pagefind-(.*ui|highlight|worker)\./.test(name)) rmSync(join(outputPath, name));
  } finally {
    await pagefind.close();
  }
}
