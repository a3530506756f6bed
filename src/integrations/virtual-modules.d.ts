/** Virtual modules the site's integrations provide to its pages. */

/** Set by src/integrations/admin.ts: the script the CMS page loads. */
declare module 'virtual:wenming/admin-script' {
  /** Site path: the bundled script in a build, `/admin/cms.ts` through Vite in `astro dev`. */
  export const adminScript: string;
}

/** Set by src/integrations/incremental-safety.ts: where the build writes the site. */
declare module 'virtual:wenming/build-output' {
  /** Absolute folder, e.g. /srv/site/dist/ */
  export const outDir: string;
}
