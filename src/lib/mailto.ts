/**
 * A `mailto:` link with a subject and a body (RFC 6068, https://www.rfc-editor.org/rfc/rfc6068):
 * every character outside the unreserved set percent-encoded as UTF-8, spaces as `%20` (not `+`, which
 * mail apps show as a plus sign) and line breaks as `%0D%0A`, as the RFC asks.
 */
export function mailtoHref(address: string, { subject, body }: { subject: string; body?: string }): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  const query = [`subject=${encode(subject)}`, ...(body === undefined ? [] : [`body=${encode(body)}`])].join('&');
  return `mailto:${address}?${query}`;
}

/**
 * Mail apps on some systems (Outlook and others on Windows) drop or cut `mailto:` links longer than
 * 2,083 characters, the old browser URL limit; keep a link with a template below it.
 */
export const MAILTO_MAX_LENGTH = 2083;
