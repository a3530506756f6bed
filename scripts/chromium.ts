import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS } from './chromium-flags';

/** Debian's Chromium, or CHROMIUM_PATH; playwright-core never downloads a browser. */
export const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => Boolean(path && existsSync(path)),
);

/** The system Chromium with a fresh profile (nothing cached, as for a first visit); close() also removes the profile. */
export async function launchChromium(
  options: Parameters<typeof chromium.launchPersistentContext>[1] = {},
): Promise<BrowserContext> {
  if (!CHROMIUM) throw new Error('No Chromium found (install Debian\'s "chromium" or set CHROMIUM_PATH).');
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    locale: 'zh-CN',
    ...options,
  });
  // Chromium may still be writing to the profile (local storage) as it closes: retry for a moment.
  context.on('close', () => rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }));
  return context;
}
