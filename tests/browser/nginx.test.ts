import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_HEADERS, EMBED_HEADERS, PUBLIC_HEADERS, type HeaderSet } from '../../src/security/headers';
import { CHROMIUM, launchBrowser } from '../helpers/browser';
import { distFiles, htmlPages } from '../helpers/dist';
import { DIST } from '../helpers/paths';
import { searchOnPage } from '../helpers/search';
import { A_YEAR, expectedCacheControl, NAMED_BY_CONTENT, REVALIDATED } from '../helpers/cache-expectations';
import { headersFor } from '../helpers/headers-file';
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
    for (const [name, value] of Object.entries(expected))
      expect(response.headers.get(name), `${path} ${name}`).toBe(value);
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

  // What a browser needs to see for each kind of file the site publishes. Written out here, not
  // read from the config, so a wrong map in the shipped config fails.
  const EXPECTED_TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.js': 'application/javascript; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.wasm': 'application/wasm',
    '.pagefind': 'application/octet-stream',
    '.pf_fragment': 'application/octet-stream',
    '.pdf': 'application/pdf',
    '.png': 'image/png',
    '.webp': 'image/webp',
    '.jpg': 'image/jpeg',
    '.svg': 'image/svg+xml; charset=utf-8',
    '.xml': 'application/xml; charset=utf-8',
    '.csv': 'text/csv; charset=utf-8',
    '.txt': 'text/plain; charset=utf-8',
    // The 视频 block's video and captions (src/mdx/components/Video.astro).
    '.webm': 'video/webm',
    '.vtt': 'text/vtt; charset=utf-8',
    // The video field's sample MP4 and a notice's Excel attachment (src/media/kinds.ts).
    '.mp4': 'video/mp4',
    '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };

  it('serves every file type in dist/ with its Content-Type, including under /pagefind/', async () => {
    const files = distFiles().filter((file) => !file.startsWith('.') && file !== '_headers');
    const checked: string[] = [];
    for (const [extension, type] of Object.entries(EXPECTED_TYPES)) {
      const inDist = files.filter((file) => extname(file) === extension);
      expect(inDist.length, `no ${extension} file in dist/`).toBeGreaterThan(0);
      // One file of each type in each top folder (pagefind.js and _astro/*.js alike).
      const byFolder = new Map(inDist.map((file) => [file.split('/')[0], file]));
      // Pagefind's entry script is what search loads first: always among the files asked for.
      if (extension === '.js') byFolder.set('pagefind', 'pagefind/pagefind.js');
      for (const file of byFolder.values()) {
        const response = await fetch(`${nginx.url}/${file.split('/').map(encodeURIComponent).join('/')}`);
        expect(response.status, file).toBe(200);
        expect(response.headers.get('content-type'), file).toBe(type);
        expect(response.headers.get('x-content-type-options'), file).toBe('nosniff');
        await response.arrayBuffer();
        checked.push(file);
      }
    }
    expect(checked).toContain('pagefind/pagefind.js');
    const unknown = [...new Set(files.map((file) => extname(file)))].filter(
      (extension) =>
        !(extension in EXPECTED_TYPES) && !['.pf_index', '.pf_filter', '.pf_meta', '.jpeg', '.ico'].includes(extension),
    );
    expect(unknown, 'file types in dist/ this test does not know').toEqual([]);
  });

  // Stable names that must never be kept: each must be in dist/ and come back revalidated.
  const STABLE_NAMES = [
    'index.html',
    'knowledge/hand-washing/index.html',
    '404.html',
    'admin/index.html',
    'feed.json',
    'rss.xml',
    'knowledge/rss.xml',
    'sitemap-index.xml',
    'sitemap-0.xml',
    'robots.txt',
    'favicon.svg',
    'embed/resize.js',
    'sms/sms-texts.csv',
    'reports/updates.csv',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind-ui.js',
    'pagefind/pagefind-ui.css',
    'pagefind/pagefind-worker.js',
    'pagefind/wasm.unknown.pagefind',
    'pagefind/lexicon.json',
    'pagefind/lexicon-0.json',
    'pagefind/pinyin.json',
    'pagefind/index-changes.json',
  ];
  const pathOf = (file: string) => `/${file.split('/').map(encodeURIComponent).join('/')}`;

  it('keeps only files named by their content for a year, and says the same in _headers', async () => {
    // A rebuild's recent index (pagefind/recent/) is not in a clean build: copies of real files stand in.
    const recent = join(DIST, 'pagefind/recent');
    const fragment = distFiles().find((file) => file.startsWith('pagefind/fragment/'))!;
    mkdirSync(join(recent, 'fragment'), { recursive: true });
    copyFileSync(join(DIST, fragment), join(recent, 'fragment', basename(fragment)));
    copyFileSync(join(DIST, 'pagefind/pagefind-entry.json'), join(recent, 'pagefind-entry.json'));
    try {
      const files = distFiles().filter(
        (file) => !file.split('/').some((part) => part.startsWith('.')) && file !== '_headers',
      );
      for (const file of STABLE_NAMES) expect(files, file).toContain(file);
      const headersFile = readFileSync(join(DIST, '_headers'), 'utf8');
      const wrong: string[] = [];
      const counts: Record<string, number> = { [A_YEAR]: 0, [REVALIDATED]: 0 };
      const queue = [...files];
      const worker = async () => {
        for (let file = queue.shift(); file; file = queue.shift()) {
          const response = await fetch(`${nginx.url}${pathOf(file)}`);
          await response.arrayBuffer();
          const expected = expectedCacheControl(file);
          const sent = response.headers.get('cache-control');
          const declared = headersFor(headersFile, `/${file}`)['cache-control'];
          if (response.status !== 200 || sent !== expected || declared !== expected)
            wrong.push(`${file}: ${response.status}, nginx ${sent}, _headers ${declared}, expected ${expected}`);
          counts[expected]++;
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));
      console.log(
        `Cache-Control: ${counts[A_YEAR]} files kept a year, ${counts[REVALIDATED]} revalidated, through nginx and _headers`,
      );
      expect(wrong).toEqual([]);
      expect(counts[A_YEAR]).toBeGreaterThan(500);
      // Every kind of file named by its content is there (the recent index's fragment included).
      for (const prefix of [
        '_astro/',
        'share/',
        'pagefind/fragment/',
        'pagefind/index/',
        'pagefind/filter/',
        'pagefind/recent/fragment/',
      ]) {
        expect(
          files.some((file) => file.startsWith(prefix) && NAMED_BY_CONTENT.some((pattern) => pattern.test(file))),
          prefix,
        ).toBe(true);
      }
      expect(files).toContain('pagefind/recent/pagefind-entry.json');
    } finally {
      rmSync(recent, { recursive: true, force: true });
    }
  });

  it('answers a revalidation of an unchanged file with 304', async () => {
    for (const path of ['/', '/pagefind/pagefind-entry.json', '/pagefind/index-changes.json', '/feed.json']) {
      const first = await fetch(`${nginx.url}${path}`);
      await first.arrayBuffer();
      const etag = first.headers.get('etag');
      expect(etag, path).toBeTruthy();
      const again = await fetch(`${nginx.url}${path}`, { headers: { 'If-None-Match': etag! } });
      expect(again.status, path).toBe(304);
      expect(again.headers.get('cache-control'), path).toBe(REVALIDATED);
    }
  });

  it('never serves dot files or folders (build leftovers, .git) nor _headers', async () => {
    const hidden = join(DIST, '.prerender-probe');
    mkdirSync(join(hidden, 'chunks'), { recursive: true });
    writeFileSync(join(hidden, 'chunks/draft.mjs'), 'export const text = "草稿正文";');
    writeFileSync(join(DIST, 'knowledge/.draft.html'), '<p>草稿</p>');
    try {
      for (const path of [
        '/.prerender-probe/chunks/draft.mjs',
        '/knowledge/.draft.html',
        '/.git/config',
        '/_headers',
        '/pagefind/.x',
        '/embed/.env',
        '/_astro/.DS_Store',
      ]) {
        const response = await fetch(`${nginx.url}${path}`);
        const body = await response.text();
        expect(response.status, path).toBe(404);
        expect(body, path).not.toContain('草稿正文');
        expect(body, path).not.toContain('Content-Security-Policy:');
      }
    } finally {
      rmSync(hidden, { recursive: true, force: true });
      rmSync(join(DIST, 'knowledge/.draft.html'), { force: true });
    }
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
          if (/Content.Security.Policy|CSP violation/i.test(message.text()))
            violations.push(`${path}: ${message.text()}`);
        });
        await page.goto(`${nginx.url}${path}`, { waitUntil: 'networkidle' });
        // Search loads Pagefind (WebAssembly) when used: use it where the page has it.
        const search = page.locator('input[type=search]:visible').first();
        if (await search.count()) {
          await search.fill('口罩');
          await page.waitForTimeout(800);
        }
        await page.close();
      }
      console.log(`CSP: ${templates.length + 1} page templates loaded behind nginx, ${violations.length} violations`);
      expect(violations).toEqual([]);
    }, 300_000);
  });

  describe.skipIf(!CHROMIUM)('search through nginx on a phone', () => {
    let phone: BrowserContext;
    beforeAll(async () => {
      phone = await launchBrowser({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    });
    afterAll(async () => phone?.close());

    it('finds pages for real queries, with no error message', async () => {
      const page = await phone.newPage();
      const failures: string[] = [];
      page.on('pageerror', (error) => failures.push(error.message));
      page.on('response', (response) => {
        if (response.url().includes('/pagefind/') && response.status() >= 400)
          failures.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(`${nginx.url}/search/`);
      for (const [query, expected] of [
        ['口罩', '/knowledge/'],
        ['洗手', '/knowledge/hand-washing/'],
        ['婚事', '/customs/'],
      ] as const) {
        const results = await searchOnPage(page, query);
        expect(results.length, query).toBeGreaterThan(0);
        expect(
          results.some((path) => path.startsWith(expected)),
          `${query}: ${results.join(', ')}`,
        ).toBe(true);
        expect(await page.locator('body').textContent()).not.toContain('搜索暂时无法使用');
      }
      // The header box on an article page searches too.
      await page.goto(`${nginx.url}/knowledge/hand-washing/`);
      await page.goto(`${nginx.url}/search/?q=${encodeURIComponent('消毒')}`);
      await page.waitForSelector('.search-result h2 a', { timeout: 15_000 });
      expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
      expect(failures).toEqual([]);
      await page.close();
    });
  });

  it('serves a bounded load from a second process without errors', async () => {
    const bin = fileURLToPath(new URL('../../node_modules/autocannon/autocannon.js', import.meta.url));
    const result = await new Promise<string>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [bin, '--json', '--duration', '10', '--connections', '20', `${nginx.url}/knowledge/hand-washing/`],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('close', () => resolve(output));
    });
    const stats = JSON.parse(result) as {
      errors: number;
      timeouts: number;
      non2xx: number;
      requests: { average: number; total: number };
    };
    console.log(
      `nginx load: ${stats.requests.average} requests/s on average, ${stats.requests.total} in 10 s, ${stats.errors} errors, ${stats.non2xx} non-2xx`,
    );
    expect(stats.errors).toBe(0);
    expect(stats.timeouts).toBe(0);
    expect(stats.non2xx).toBe(0);
    expect(stats.requests.total).toBeGreaterThan(1000);
  });
});
