import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
/** Node and npm binaries of the run (the project-local Node 24 when .ci/run installed one). */
export const ASTRO_BIN = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
