import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The module through which Astro's server code gets the content layer's data store (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * What Astro marks its content-data modules with, so that incremental builds leave them out of
 * each page's code hash (astro/dist/core/build/incremental-metadata.js): an edited entry is
 * tracked by its own render hash, not by changing the code of every page.
 */
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/**
 * The server bundle reads the content data store from its file instead of carrying it. Astro
 * compiles the whole store (every entry's data and rendered HTML) into the server bundle as one
 * string literal (`export default JSON.parse("…")`). At 20,000 entries that is a 52 MB module,
 * which the bundler must copy through on every build and V8 must compile before the first page
 * renders: 6.7 s of a 74 s rebuild went into compiling it alone. A static build renders its pages
 * on the machine, and in the build, that wrote the store (`node_modules/.astro/data-store.json`,
 * written by the content sync before bundling begins), so the module reads that file when a
 * page first asks for content: the same value, parsed by `JSON.parse` as before.
 *
 * Only for `astro build` with the store in one file (the default `collectionStorage`); in
 * development Astro watches the store and reloads the module itself.
 */
export function contentDataFromFile(): AstroIntegration {
  return {
    name: 'site:content-data-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const storage = config.experimental.collectionStorage;
        if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'site:content-data-file',
                enforce: 'pre',
                // Before Astro's own plugin, which loads this module too (both are `enforce: 'pre'`).
                load: {
                  order: 'pre',
                  handler(id) {
                    if (id !== DATA_STORE_MODULE || this.environment.config.consumer !== 'server' || !existsSync(file))
                      return null;
                    return {
                      code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`,
                      map: { mappings: '' },
                      meta: CONTENT_DATA_META,
                    };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
