import type { APIRoute } from 'astro';

/** Crawlers may read every public page; the CMS is not for them. The sitemap lists the pages. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    ['User-agent: *', 'Allow: /', 'Disallow: /admin/', '', `Sitemap: ${new URL('/sitemap-index.xml', site)}`, ''].join(
      '\n',
    ),
    {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    },
  );
