/**
 * Which addresses may reach a page or a feed. Links and images written by editors (Markdown bodies,
 * settings such as the banner link) go through here both in the content check, which reports them,
 * and at render time, which drops them, so an address that runs script is never published even when
 * the check is skipped.
 *
 * Allowed: http, https, mailto, tel, and relative addresses (`/knowledge/…`, `./photo.jpg`, `#part`).
 * Anything else (`javascript:`, `vbscript:`, `data:`, `file:`, unknown schemes) is refused.
 */

export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

const NAMED_REFERENCES: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  period: '.',
  lpar: '(',
  rpar: ')',
  amp: '&',
  nbsp: '\u00a0',
};

/** Decodes the HTML character references a browser would decode in an attribute (numeric, and the few named ones that can spell a scheme). */
const decodeReferences = (text: string): string =>
  text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => safeCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => safeCodePoint(Number.parseInt(decimal, 10)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => NAMED_REFERENCES[name.toLowerCase()] ?? whole);

const safeCodePoint = (code: number): string =>
  Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';

const decodePercent = (text: string): string =>
  text.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

/**
 * Characters a browser drops from or ignores in an address (ASCII whitespace and controls), and
 * invisible Unicode that could hide a scheme from a reader of the source. Removed before the scheme
 * is read: `java\tscript:` is `javascript:` to a browser.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;

/**
 * The scheme of an address as a browser would read it (lower case), after decoding character
 * references and percent escapes and removing whitespace and control characters; `undefined` for a
 * relative address.
 */
export function urlScheme(url: string): string | undefined {
  let text = url;
  // Twice: a reference inside a reference (`&#38;#106;`) is decoded once by Markdown and once by a careless reader.
  for (let round = 0; round < 2; round++) text = decodePercent(decodeReferences(text));
  text = text.normalize('NFKC').replace(INVISIBLE, '').replace(/\\/g, '/');
  const colon = text.indexOf(':');
  if (colon === -1) return undefined;
  const before = text.slice(0, colon);
  // A colon after a path, query or fragment starts no scheme (`/a:b`, `?q=a:b`, `#a:b`).
  if (/[/?#]/.test(before)) return undefined;
  return before.toLowerCase();
}

/** True when the address may be published: an allowed scheme, or relative. */
export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || (ALLOWED_SCHEMES as readonly string[]).includes(scheme);
}

/** The address, or `undefined` when it must not be published (for `href={safeHref(link)}`). */
export const safeHref = (url: string | undefined | null): string | undefined =>
  url && isSafeUrl(url) ? url : undefined;

/** True for an address on another site (`http://…`, `https://…`, `//host/…`): a remote image. */
export function isRemoteUrl(url: string): boolean {
  const scheme = urlScheme(url);
  if (scheme === 'http' || scheme === 'https') return true;
  return scheme === undefined && /^\s*[/\\]{2}/.test(decodePercent(decodeReferences(url)).replace(INVISIBLE, ''));
}

/** The scheme as editors should read it in a message: `javascript:`, or the start of the address. */
export const describeScheme = (url: string): string => {
  const scheme = urlScheme(url);
  return scheme ? `${scheme}:` : url.slice(0, 20);
};
