import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { contentDataFromFile } from '../../src/build-cache/content-data-file';

type Load = (this: { environment: { config: { consumer: string } } }, id: string) => unknown;

/** The Vite plugin the integration adds for `command`, with its load handler, or undefined when it adds none. */
function pluginFor(command: 'build' | 'dev', cacheDir: string, collectionStorage?: unknown): Load | undefined {
  let load: Load | undefined;
  const hook = contentDataFromFile().hooks['astro:config:setup'] as (options: unknown) => void;
  hook({
    command,
    config: { cacheDir: pathToFileURL(`${cacheDir}/`), experimental: { collectionStorage } },
    updateConfig: ({ vite }: { vite: { plugins: { load: { order: string; handler: Load } }[] } }) => {
      expect(vite.plugins[0]!.load.order).toBe('pre');
      load = vite.plugins[0]!.load.handler;
    },
  });
  return load;
}

describe('contentDataFromFile (the server bundle reads the content data store from its file)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const cacheDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-data-'));
    dirs.push(dir);
    return dir;
  };
  const server = { environment: { config: { consumer: 'server' } } };

  it('gives the server code that parses the store file the content sync wrote, with the same value', async () => {
    const dir = cacheDir();
    const store = JSON.stringify([{ knowledge: 1 }, '防疫知识']);
    writeFileSync(join(dir, 'data-store.json'), store);
    const loaded = pluginFor('build', dir)!.call(server, '\0astro:data-layer-content') as {
      code: string;
      meta: unknown;
    };
    expect(loaded.code).not.toContain('防疫知识');
    expect(loaded.meta).toEqual({ astroIncremental: { kind: 'content-data' } });
    // Run as the bundle would run it.
    const module = (await import(`data:text/javascript,${encodeURIComponent(loaded.code)}`)) as { default: unknown };
    expect(module.default).toEqual(JSON.parse(store));
  });

  it('leaves the module to Astro for other modules, the browser, a missing store, chunked storage and the dev server', () => {
    const dir = cacheDir();
    const load = pluginFor('build', dir)!;
    expect(load.call(server, '\0astro:data-layer-content')).toBeNull();
    writeFileSync(join(dir, 'data-store.json'), '[]');
    expect(load.call(server, '\0astro:content')).toBeNull();
    expect(load.call({ environment: { config: { consumer: 'client' } } }, '\0astro:data-layer-content')).toBeNull();
    expect(pluginFor('build', dir, 'chunked')).toBeUndefined();
    expect(pluginFor('dev', dir)).toBeUndefined();
  });
});
