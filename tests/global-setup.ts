import { runAstro } from './helpers/build';
import { ROOT } from './helpers/paths';

/** Builds the sample site once; build and browser tests read the same dist/. */
export default async function setup(): Promise<void> {
  if (process.env.SKIP_BUILD === '1') return;
  const started = Date.now();
  const { code, output } = await runAstro(['build'], ROOT);
  if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output.slice(-4000)}`);
  console.log(`[global-setup] astro build finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
