import type { Plugin } from 'vite';

/**
 * A Vite plugin that serves one virtual module, `import { … } from 'virtual:wenming/…'`: how the
 * site's integrations hand build-time values (folders, script paths) to pages. `code` gives the
 * module's source when Vite first loads it.
 */
export function virtualModule(id: string, code: () => string | Promise<string>): Plugin {
  const resolved = `\0${id}`;
  return {
    name: id,
    resolveId: (source) => (source === id ? resolved : undefined),
    load: (source) => (source === resolved ? code() : undefined),
  };
}
