import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ELDER_MODE_KEY } from '../../src/lib/reading-preferences';
import { launchBrowser } from './browser';
import { serveDist } from './serve';

/** The built site served on 127.0.0.1 and a Chromium to read it with, for one describe block. */
export interface SiteInBrowser {
  /** Address of the served dist/, without a trailing slash. */
  readonly url: string;
  readonly browser: BrowserContext;
}

export interface SiteInBrowserOptions {
  /** Start every page in 长辈模式, as a reader who turned it on earlier. */
  readonly elder?: boolean;
  /** Browser permissions for the site, e.g. the clipboard. */
  readonly permissions?: readonly string[];
}

/**
 * Serves dist/ and launches Chromium before the tests of the enclosing describe, and closes both
 * after them: the set-up the browser tests share. Read `url` and `browser` inside the tests.
 */
export function siteInBrowser(
  launch: Parameters<typeof launchBrowser>[0] = {},
  { elder = false, permissions = [] }: SiteInBrowserOptions = {},
): SiteInBrowser {
  let site: Awaited<ReturnType<typeof serveDist>> | undefined;
  let browser: BrowserContext | undefined;
  beforeAll(async () => {
    site = await serveDist();
    browser = await launchBrowser(launch);
    if (elder) await browser.addInitScript((key) => window.localStorage.setItem(key, 'on'), ELDER_MODE_KEY);
    if (permissions.length > 0) await browser.grantPermissions([...permissions], { origin: site.url });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get url() {
      if (!site) throw new Error('siteInBrowser: the site is served in beforeAll; read url inside a test.');
      return site.url;
    },
    get browser() {
      if (!browser) throw new Error('siteInBrowser: the browser starts in beforeAll; use it inside a test.');
      return browser;
    },
  };
}
