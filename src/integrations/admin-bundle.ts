import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, loadEnv, type Plugin } from 'vite';
import { cityId, contentDir } from '../config/content-dir';
import { readSiteSettings } from '../config/settings-file';
import { digest, placeFolder, readStore, scratchFor, writeStore } from '../build-cache';

/** The CMS's script, relative to the project; it imports Decap CMS, the collection declarations and the preview templates. */
export const ADMIN_ENTRY = 'admin/cms.ts';
/** Where the bundle's files go in dist/: beside the site's own, under the same long-lived caching. */
const ASSETS_DIR = '_astro';
/** Bundle description kept next to the cached files (a store file: src/build-cache/store.ts). */
const META_FILE = 'bundle.v8';
const META_VERSION = 'admin bundle 1';

interface BundleMeta {
  /** What the bundle was made from: the digests of the lockfile, the PUBLIC_ variables and each project file it contains. */
  inputs: Record<string, string>;
  /** The entry script, e.g. `_astro/admin-cms.Ab12Cd.js`. */
  script: string;
  /** Every file of the bundle, relative to its folder. */
  files: string[];
}

export interface AdminBundle {
  /** Site path of the script the admin page loads. */
  readonly script: string;
  /** Copies the bundle's files into the built site. */
  copyTo(dist: URL): void;
  /** False when the bundle came from the cache of an earlier build. */
  readonly built: boolean;
}

const fileHash = (file: string): string => (existsSync(file) ? digest(readFileSync(file)) : 'missing');

/** The PUBLIC_ variables the CMS reads at build time (backend, repository, …), from the environment and .env files. */
function publicEnv(root: string): Record<string, string> {
  return loadEnv('production', root, 'PUBLIC_');
}

/** Inputs that do not come from the bundle's module list: installed packages and build-time variables. */
function fixedInputs(root: string): Record<string, string> {
  return {
    'package-lock.json': fileHash(join(root, 'package-lock.json')),
    env: digest(JSON.stringify(publicEnv(root))),
    city: digest(JSON.stringify(cityValues())),
  };
}

/** What the CMS knows of the city it is built for: its content folder and its districts (from its settings). */
function cityValues() {
  return {
    cityId: cityId(),
    contentDir: contentDir(),
    districts: readSiteSettings().districts,
    mapCity: readSiteSettings().city,
  };
}

/**
 * In the browser there is no environment or settings file: the modules that read them
 * (src/config/content-dir.ts, src/config/city-settings.ts) are replaced by the values of the city being
 * built, so the CMS of `CITY=datong` writes to cities/datong/ and offers 大同's districts.
 */
export function cityModules(root: string): Plugin {
  const contentDirModule = join(root, 'src/config/content-dir.ts');
  const citySettingsModule = join(root, 'src/config/city-settings.ts');
  return {
    name: 'wenming:city-modules',
    enforce: 'pre',
    load(id) {
      const file = id.replace(/\?.*$/, '');
      if (file !== contentDirModule && file !== citySettingsModule) return undefined;
      const values = cityValues();
      if (file === contentDirModule) {
        return `export const cityId = () => ${JSON.stringify(values.cityId)};\nexport const contentDir = () => ${JSON.stringify(values.contentDir)};\n`;
      }
      return `export const DISTRICTS = ${JSON.stringify(values.districts)};\nexport const CITY_NAME = ${JSON.stringify(values.mapCity)};\n`;
    },
  };
}

const readMeta = (folder: string): BundleMeta | undefined =>
  readStore<BundleMeta>(join(folder, META_FILE), META_VERSION);

/** Whether a cached bundle was made from exactly what the project holds now. */
function isCurrent(meta: BundleMeta, root: string, fixed: Record<string, string>): boolean {
  return (
    Object.entries(meta.inputs).every(
      ([name, hash]) => (name in fixed ? fixed[name] : fileHash(join(root, name))) === hash,
    ) && Object.keys(fixed).every((name) => name in meta.inputs)
  );
}

/**
 * The CMS runs the content check in the browser; the check parses Markdown with satteri, whose
 * parser is native to Node. In the browser (Vite's client environment) `satteri` resolves to
 * src/markdown/mdast-browser.ts instead; the site's build (server side) keeps the real one.
 */
export function browserMarkdownParser(root: string): Plugin {
  const target = join(root, 'src/markdown/mdast-browser.ts');
  return {
    name: 'wenming:browser-markdown-parser',
    enforce: 'pre',
    resolveId(id) {
      const environment = (this as { environment?: { name?: string } }).environment?.name ?? 'client';
      return id === 'satteri' && environment === 'client' ? target : undefined;
    },
  };
}

/**
 * The CMS page's script bundle (Decap CMS with React and every widget, ≈ 5 MB before
 * minification), built by Vite on its own and kept in Astro's cache folder. Bundling it takes
 * several seconds, and it changes only when the lockfile, a PUBLIC_ variable or one of the
 * project's files it contains (the CMS code, the collection declarations, the site stylesheet
 * for previews) changes: those are recorded from the bundle's own module list and compared on
 * the next build, which then copies the files instead of bundling again.
 */
export async function adminBundle(rootUrl: URL, cacheDirUrl: URL): Promise<AdminBundle> {
  const root = fileURLToPath(rootUrl);
  const folder = fileURLToPath(new URL('admin-bundle/', cacheDirUrl));
  const fixed = fixedInputs(root);
  const cached = readMeta(folder);
  if (cached && isCurrent(cached, root, fixed)) return bundleIn(folder, cached, false);

  const scratch = scratchFor(folder.replace(/\/$/, ''));
  rmSync(scratch, { recursive: true, force: true });
  const output = await build({
    root,
    configFile: false,
    // Errors only: the warnings are about Decap's own dependencies (its size, 'use client' directives,
    // eval in parsers it bundles), which nobody building the site can act on.
    logLevel: 'error',
    base: '/',
    envPrefix: 'PUBLIC_',
    mode: 'production',
    plugins: [browserMarkdownParser(root), cityModules(root)],
    build: {
      outDir: scratch,
      emptyOutDir: true,
      copyPublicDir: false,
      // The Content-Security-Policy of /admin/ allows files from the site, not inline data.
      assetsInlineLimit: 0,
      rollupOptions: {
        input: { 'admin-cms': join(root, ADMIN_ENTRY) },
        output: {
          entryFileNames: `${ASSETS_DIR}/[name].[hash].js`,
          chunkFileNames: `${ASSETS_DIR}/admin-[name].[hash].js`,
          assetFileNames: `${ASSETS_DIR}/admin-[name].[hash][extname]`,
        },
      },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as {
    output: { type: string; fileName: string; isEntry?: boolean; moduleIds?: string[] }[];
  }[];
  const files = outputs.flatMap((result) => result.output);
  const entry = files.find((file) => file.type === 'chunk' && file.isEntry);
  if (!entry) throw new Error(`内容管理页面的脚本 ${ADMIN_ENTRY} 打包后没有入口文件`);
  const projectFiles = new Set(
    files
      .flatMap((file) => file.moduleIds ?? [])
      .map((id) => id.replace(/\?.*$/, ''))
      .filter((id) => isAbsolute(id) && !id.includes('/node_modules/') && existsSync(id))
      .map((id) => relative(root, id)),
  );
  const meta: BundleMeta = {
    inputs: {
      ...Object.fromEntries([...projectFiles].sort().map((name) => [name, fileHash(join(root, name))])),
      ...fixed,
    },
    script: entry.fileName,
    files: files.map((file) => file.fileName),
  };
  writeStore(join(scratch, META_FILE), META_VERSION, meta);
  placeFolder(scratch, folder.replace(/\/$/, ''));
  return bundleIn(folder, meta, true);
}

function bundleIn(folder: string, meta: BundleMeta, built: boolean): AdminBundle {
  return {
    script: `/${meta.script}`,
    built,
    copyTo: (dist) => {
      for (const file of meta.files) cpSync(join(folder, file), fileURLToPath(new URL(file, dist)));
    },
  };
}
