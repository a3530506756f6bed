import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { describe } from 'vitest';
import { CHROMIUM_FLAGS as FLAGS } from '../../scripts/chromium-flags';

/** Debian's Chromium, or CHROMIUM_PATH; playwright-core never downloads a browser. */
export const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => Boolean(path && existsSync(path)),
);

if (!CHROMIUM) {
  const message = 'No Chromium found (install Debian\'s "chromium" or set CHROMIUM_PATH): browser tests cannot run.';
  // On CI a missing browser is a failure, not a reason to skip.
  if (process.env.CI) throw new Error(message);
  console.warn(`[browser tests skipped] ${message}`);
}

/** `describe` for browser tests: skipped, with the warning above, where no Chromium is installed. */
export const describeBrowser = describe.skipIf(!CHROMIUM);


/** A fresh Chromium profile; close() also removes it. */
export async function launchBrowser(options: Parameters<typeof chromium.launchPersistentContext>[1] = {}): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM!,
    args: FLAGS,
    locale: 'zh-CN',
    ...options,
  });
  // Chromium may still be writing to the profile (local storage) as it closes: retry for a moment.
  context.on('close', () => rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }));
  return context;
}
