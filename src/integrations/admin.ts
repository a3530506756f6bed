import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CMS_CONTEXT_PATH, cmsCheckContext } from '../checks/cms-context';
import { ADMIN_ENTRY, adminBundle, browserMarkdownParser, type AdminBundle } from './admin-bundle';
import { virtualModule } from './virtual-module';

/**
 * Serves the CMS from the top-level `admin/` folder at /admin/, in `astro dev` and in the built
 * site. Decap CMS is bundled from node_modules by Vite: nothing loads from a CDN.
 *
 * - `astro dev`: the page loads `admin/cms.ts` through Vite's dev server, which transforms it on
 *   request, so changes to the CMS code show on reload.
 * - `astro build`: the script is bundled by a Vite build of its own, started with the build and
 *   cached between builds (see admin-bundle.ts): Decap CMS is most of what Vite would otherwise
 *   bundle on every build, and it rarely changes. Its files go to dist/_astro/.
 */
export function adminIntegration(): AstroIntegration {
  let bundle: Promise<AdminBundle> | undefined;
  let root = '';
  return {
    name: 'site:admin',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute, updateConfig }) => {
        root = fileURLToPath(config.root);
        if (command === 'build') {
          bundle = adminBundle(config.root, config.cacheDir);
          // Awaited where the page needs it; this only keeps an early failure from going unhandled.
          bundle.catch(() => undefined);
        }
        const script = async () => (bundle ? (await bundle).script : `/${ADMIN_ENTRY}`);
        updateConfig({
          vite: {
            plugins: [
              virtualModule(
                'virtual:wenming/admin-script',
                async () => `export const adminScript = ${JSON.stringify(await script())};`,
              ),
              // `astro dev` serves admin/cms.ts through Vite: its content check parses Markdown in the browser.
              ...(command === 'dev' ? [browserMarkdownParser(root)] : []),
            ],
          },
        });
        injectRoute({
          pattern: '/admin',
          entrypoint: new URL('../../admin/index.astro', import.meta.url),
          prerender: true,
        });
      },
      // What the CMS's check needs to know of the repository (see src/checks/cms-context.ts).
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(`/${CMS_CONTEXT_PATH}`, (_request, response) => {
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(JSON.stringify(cmsCheckContext(root)));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const contextFile = fileURLToPath(new URL(CMS_CONTEXT_PATH, dir));
        mkdirSync(fileURLToPath(new URL('admin/', dir)), { recursive: true });
        writeFileSync(contextFile, JSON.stringify(cmsCheckContext(root)));
        if (!bundle) return;
        const ready = await bundle;
        ready.copyTo(dir);
        logger.info(ready.built ? 'CMS bundle built and cached' : 'CMS bundle unchanged, copied from the cache');
      },
    },
  };
}
