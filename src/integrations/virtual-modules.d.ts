/** Virtual modules the site's integrations provide to its pages. */

/** Set by src/integrations/admin.ts: the script the CMS page loads. */
declare module 'virtual:wenming/admin-script' {
  /** Site path: the bundled script in a build, `/admin/cms.ts` through Vite in `astro dev`. */
  export const adminScript: string;
}

/** Set by src/build-cache/kept-output.ts (read by src/build-cache/client-files.ts): where the build writes the site. */
declare module 'virtual:wenming/build-output' {
  /** Absolute folder, e.g. /srv/site/dist/ */
  export const outDir: string;
}

/** Set by src/posters/integration.ts: where rendered posters are cached. */
declare module 'virtual:wenming/posters-config' {
  /** Absolute folder of the rendered-poster cache. */
  export const cacheDir: string;
  /** Absolute folder of the project (font package, renderer source). */
  export const projectRoot: string;
}
