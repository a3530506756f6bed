import { spawn } from 'node:child_process';
import { ASTRO_BIN } from './paths';

export interface RunResult {
  readonly code: number | null;
  readonly output: string;
}

/**
 * The environment a person running the Astro CLI would have. vitest sets NODE_ENV=test, which
 * Vite takes for a development build (drafts included), and VITEST/TEST, which make Astro behave
 * as if it ran inside vitest (its dev server then serves no pages). In test workers it also copies
 * import.meta.env into process.env (MODE, DEV, PROD, SSR, BASE_URL): with DEV=1 a build from a
 * test would publish drafts.
 */
const VITEST_VARIABLES = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !VITEST_VARIABLES.has(key) && !key.startsWith('VITEST')),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/** Runs the Astro CLI in `cwd` (a project folder) and collects everything it prints. */
export function runAstro(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO_BIN, ...args], {
      cwd,
      env: cliEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
