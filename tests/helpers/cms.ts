import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchBrowser } from './browser';
import { startDecapServer } from './decap-server';
import { cloneRepository, git } from './git-clone';
import { serveDist } from './serve';

/**
 * The CMS as an editor meets it on their own computer: the built site served on 127.0.0.1, the
 * local Git backend over a clone of this repository, Chromium logged in at /admin/.
 */
export interface CmsSession {
  readonly repository: { dir: string; remove: () => void };
  readonly decap: Awaited<ReturnType<typeof startDecapServer>>;
  readonly site: Awaited<ReturnType<typeof serveDist>>;
  readonly browser: BrowserContext;
  readonly page: Page;
  readonly cdp: CDPSession;
  /** The CMS page's address, with a route such as `#/collections/knowledge`. */
  admin(hash?: string): string;
  /** Every ref and every commit of the repository: equal before and after means nothing was committed anywhere. */
  repositoryState(): string;
  /** A screenshot and decap-server's log, for a failed step. */
  explain(): Promise<string>;
  close(): Promise<void>;
}

export async function openCms(prepare?: (dir: string) => void): Promise<CmsSession> {
  const repository = cloneRepository();
  prepare?.(repository.dir);
  const site = await serveDist();
  // The local backend answers only the site's own address.
  const decap = await startDecapServer(repository.dir, { siteOrigins: [site.url] });
  const browser = await launchBrowser({ viewport: { width: 1280, height: 1000 } });
  const page = await browser.newPage();
  const cdp = await browser.newCDPSession(page);
  const admin = (hash = '') => `${site.url}/admin/?decap_port=${decap.port}${hash}`;
  await page.goto(admin());
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText('防疫知识').first().waitFor();
  return {
    repository,
    decap,
    site,
    browser,
    page,
    cdp,
    admin,
    repositoryState: () =>
      `${git(repository.dir, 'for-each-ref', '--format=%(refname) %(objectname)')}\n${git(repository.dir, 'log', '--all', '--format=%H')}`,
    explain: async () => {
      const shot = join(tmpdir(), `cms-failure-${Date.now()}.png`);
      await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
      return `CMS screenshot: ${shot}\n${decap.log().slice(-2000)}`;
    },
    close: async () => {
      await browser.close();
      await site.close();
      decap.stop();
      repository.remove();
    },
  };
}

/**
 * Opens an entry in the editor and waits until its fields hold the saved values. It goes through
 * the collection's list, as an editor clicking would: Decap's editor does not reload when only the
 * entry in the address changes, and the list is loaded afresh.
 */
export async function openEntry(session: CmsSession, collection: string, slug: string, title: string): Promise<void> {
  await session.page.goto(session.admin(`#/collections/${collection}`));
  // A fresh page: no state left from the entry edited before (Decap can keep the previous collection).
  await session.page.reload();
  await session.page.getByRole('link').filter({ hasText: title }).first().waitFor({ timeout: 20_000 });
  await session.page.goto(session.admin(`#/collections/${collection}/entries/${slug}`));
  await expect
    .poll(() => session.page.getByLabel('标题', { exact: true }).inputValue(), { timeout: 20_000 })
    .toBe(title);
  // Let the form finish filling in before typing, as an editor would.
  await session.page.waitForTimeout(1000);
}
