/**
 * The HTTP response headers of the published site, in one place. `npm run deploy:config` writes
 * them into deploy/nginx/wenming.conf and public/_headers; tests/build/deploy-config.test.ts fails
 * when those files drift from this module, and tests/browser/nginx.test.ts checks them on a real
 * nginx in front of dist/.
 */

export type HeaderSet = Readonly<Record<string, string>>;

const csp = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/** Sent with every response. */
const COMMON: HeaderSet = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
};

/** Reading pages: only the site's own files; no inline script or style. */
const PUBLIC_CSP = {
  'default-src': "'self'",
  // Pagefind compiles its WebAssembly search engine in the page.
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'media-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'self'",
};

export const PUBLIC_HEADERS: HeaderSet = {
  ...COMMON,
  'Content-Security-Policy': csp(PUBLIC_CSP),
  'X-Frame-Options': 'SAMEORIGIN',
};

/** /embed/ pages are made to be framed by schools', communities' and media centers' sites. */
export const EMBED_HEADERS: HeaderSet = {
  ...COMMON,
  'Content-Security-Policy': csp({ ...PUBLIC_CSP, 'frame-ancestors': '*' }),
};

/**
 * The CMS: Decap CMS styles itself with inline styles (emotion), validates its configuration with
 * compiled schemas (ajv, `unsafe-eval`), previews in frames, and talks to the Git host's API (or to
 * decap-server on the editor's own computer). It is never framed.
 */
export const ADMIN_HEADERS: HeaderSet = {
  ...COMMON,
  'Content-Security-Policy': csp({
    'default-src': "'self'",
    'script-src': "'self' 'unsafe-eval'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob: https:",
    'font-src': "'self' data:",
    'connect-src': "'self' https: http://127.0.0.1:*",
    'frame-src': "'self' blob:",
    'worker-src': "'self' blob:",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  }),
  'X-Frame-Options': 'DENY',
};

// Cache-Control per file: src/security/cache-policy.ts.
export { CACHE_IMMUTABLE, CACHE_REVALIDATE } from './cache-policy';

/**
 * The search index may be read by other sites: the province hub (docs/province.md) merges every city's
 * index in the reader's browser, from its own origin. The index holds only what the public pages show.
 */
export const PAGEFIND_CORS: HeaderSet = { 'Access-Control-Allow-Origin': '*' };
