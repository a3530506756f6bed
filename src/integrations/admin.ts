import type { AstroIntegration } from 'astro';

/**
 * Serves the CMS from the top-level `admin/` folder at /admin/, in `astro dev` and in the built
 * site. Decap CMS is bundled from node_modules by Vite with the page's script: nothing loads
 * from a CDN.
 */
export function adminIntegration(): AstroIntegration {
  return {
    name: 'civilization-site:admin',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/admin', entrypoint: new URL('../../admin/index.astro', import.meta.url), prerender: true });
      },
    },
  };
}
