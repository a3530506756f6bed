import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_HEADERS, EMBED_HEADERS, PUBLIC_HEADERS, type HeaderSet } from '../../src/security/headers';
import { CHROMIUM, launchBrowser } from '../helpers/browser';
import { htmlPages } from '../helpers/dist';
import { NGINX, startNginx } from '../helpers/nginx';

if (!NGINX) {
  const message = 'No nginx found (apt-get install nginx): the deploy-config tests cannot run.';
  if (process.env.CI) throw new Error(message);
  console.warn(`[nginx tests skipped] ${message}`);
}

/** One built page per template: ids and slugs replaced by `*`, the first page of each shape kept. */
function pageTemplates(): string[] {
  const byShape = new Map<string, string>();
  for (const file of htmlPages().sort()) {
    const path = `/${file.replace(/index\.html$/, '')}`;
    const segments = path.split('/').filter(Boolean);
    const shape = segments.map((segment, index) => (index === 0 ? segment : '*')).join('/');
    if (!byShape.has(shape)) byShape.set(shape, path);
  }
  return [...byShape.values()];
}

describe.skipIf(!NGINX)('the built site behind nginx with the shipped config', () => {
  let nginx: Awaited<ReturnType<typeof startNginx>>;
  beforeAll(async () => {
    nginx = await startNginx();
  });
  afterAll(() => nginx?.stop());

  const expectHeaders = async (path: string, expected: HeaderSet) => {
    const response = await fetch(`${nginx.url}${path}`);
    expect(response.status, path).toBe(200);
    for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    return response;
  };

  it('sends the public policy on reading pages', async () => {
    await expectHeaders('/', PUBLIC_HEADERS);
    const article = await expectHeaders('/knowledge/hand-washing/', PUBLIC_HEADERS);
    const csp = article.headers.get('content-security-policy')!;
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'self'");
  });

  it('lets other sites frame /embed/ pages only', async () => {
    const embed = htmlPages().find((file) => file.startsWith('embed/'))!;
    const response = await expectHeaders(`/${embed.replace(/index\.html$/, '')}`, EMBED_HEADERS);
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('content-security-policy')).toContain('frame-ancestors *');
  });

  it('gives /admin/ its own policy and never lets it be framed', async () => {
    const admin = await expectHeaders('/admin/', ADMIN_HEADERS);
    expect(admin.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('answers a missing page with the site 404 page and the headers', async () => {
    const response = await fetch(`${nginx.url}/no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('页面未找到');
    expect(response.headers.get('content-security-policy')).toBe(PUBLIC_HEADERS['Content-Security-Policy']);
  });

  describe.skipIf(!CHROMIUM)('in Chromium', () => {
    let browser: BrowserContext;
    beforeAll(async () => {
      browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
    });
    afterAll(async () => browser?.close());

    it('loads every page template with no Content-Security-Policy violation', async () => {
      const templates = pageTemplates();
      expect(templates.length).toBeGreaterThan(15);
      const violations: string[] = [];
      for (const path of [...templates, '/admin/']) {
        const page = await browser.newPage();
        await page.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (event) => {
            console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
          });
        });
        page.on('console', (message) => {
          if (/Content.Security.Policy|CSP violation/i.test(message.text())) violations.push(`${path}: ${message.text()}`);
        });
        await page.goto(`${nginx.url}${path}`, { waitUntil: 'networkidle' });
        // Search loads Pagefind (WebAssembly) when used: use it where the page has it.
        const search = page.locator('input[type=search]').first();
        if (await search.count()) {
          await search.fill('口罩');
          await page.waitForTimeout(800);
        }
        await page.close();
      }
      console.log(`CSP: ${templates.length + 1} page templates loaded behind nginx, ${violations.length} violations`);
      expect(violations).toEqual([]);
    });
  });

  it('serves a bounded load from a second process without errors', async () => {
    const bin = fileURLToPath(new URL('../../node_modules/autocannon/autocannon.js', import.meta.url));
    const result = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [bin, '--json', '--duration', '10', '--connections', '20', `${nginx.url}/knowledge/hand-washing/`], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('close', () => resolve(output));
    });
    const stats = JSON.parse(result) as { errors: number; timeouts: number; non2xx: number; requests: { average: number; total: number } };
    console.log(`nginx load: ${stats.requests.average} requests/s on average, ${stats.requests.total} in 10 s, ${stats.errors} errors, ${stats.non2xx} non-2xx`);
    expect(stats.errors).toBe(0);
    expect(stats.timeouts).toBe(0);
    expect(stats.non2xx).toBe(0);
    expect(stats.requests.total).toBeGreaterThan(1000);
  });
});
