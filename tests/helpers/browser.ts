import { describe } from 'vitest';
import { CHROMIUM } from '../../scripts/chromium';

/** The system Chromium, and a launcher with a fresh profile (shared with the scripts: scripts/chromium.ts). */
export { CHROMIUM, launchChromium as launchBrowser } from '../../scripts/chromium';

if (!CHROMIUM) {
  const message = 'No Chromium found (install Debian\'s "chromium" or set CHROMIUM_PATH): browser tests cannot run.';
  // On CI a missing browser is a failure, not a reason to skip.
  if (process.env.CI) throw new Error(message);
  console.warn(`[browser tests skipped] ${message}`);
}

/** `describe` for browser tests: skipped, with the warning above, where no Chromium is installed. */
export const describeBrowser = describe.skipIf(!CHROMIUM);
