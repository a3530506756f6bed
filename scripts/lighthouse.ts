/**
 * npm run lighthouse: Lighthouse (mobile, its default) on the built site, with the system's
 * Chromium, printing the four category scores of each page against the targets of the design.
 * Serves dist/ on 127.0.0.1 with gzip, as a real host would; nothing leaves the machine.
 * Usage: npm run build && npm run lighthouse [-- /path/ …]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS as CHROME_FLAGS } from './chromium-flags.ts';

const DIST = join(import.meta.dirname, '..', 'dist');
/** Home, a knowledge page, a story and a poster, unless paths are given on the command line. */
const PAGES =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : ['/', '/knowledge/hand-washing/', '/stories/community-doctor/', '/posters/wear-masks/'];
const TARGETS: Record<string, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.webp': 'image/webp',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file for a request path, as a static host maps it (`/a/` → `/a/index.html`). */
function fileFor(urlPath: string): string | undefined {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const file = join(DIST, path.endsWith('/') ? join(path, 'index.html') : path);
  return file.startsWith(DIST) && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

function serve(): Promise<{ origin: string; close: () => void }> {
  const server = createServer((request, response) => {
    const file = fileFor(new URL(request.url ?? '/', 'http://localhost').pathname);
    const status = file ? 200 : 404;
    let body = readFileSync(file ?? join(DIST, '404.html'));
    const type = TYPES[extname(file ?? '.html')] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'content-type': type,
      // Hashed build files never change; pages are revalidated.
      'cache-control': file?.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (/text|xml|json|svg|javascript/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(status, headers).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/ 中没有构建好的网站，请先运行 npm run build。');
  process.exit(2);
}
if (!existsSync(CHROME)) {
  console.error(`找不到 Chromium（${CHROME}）。请安装 Debian 的 chromium，或用 CHROME_PATH 指定浏览器。`);
  process.exit(2);
}

const site = await serve();
const chrome = await launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
let belowTarget = 0;
try {
  console.log(
    `Lighthouse (mobile) on ${site.origin}, targets: ${Object.entries(TARGETS)
      .map(([name, score]) => `${name} ≥ ${score}`)
      .join(', ')}\n`,
  );
  for (const path of PAGES) {
    const result = await lighthouse(`${site.origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    const scores = Object.keys(TARGETS).map((id) => {
      const score = Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const ok = score >= TARGETS[id]!;
      if (!ok) belowTarget++;
      return `${id} ${score}${ok ? '' : ' ✗'}`;
    });
    console.log(`${path.padEnd(32)} ${scores.join('  ')}`);
    // Name what cost points, so a low score says what to fix.
    for (const [id, category] of Object.entries(lhr.categories)) {
      if (!(id in TARGETS) || (category.score ?? 0) >= 1) continue;
      const failing = category.auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
        .map((ref) => `${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`);
      if (failing.length > 0) console.log(`${''.padEnd(34)}${id}: ${failing.join(', ')}`);
    }
  }
} finally {
  chrome.kill();
  site.close();
}
process.exit(belowTarget > 0 ? 1 : 0);
