import type { BackendSettings } from '../src/schema/to-decap';

/**
 * The Git host the CMS saves to in production, from PUBLIC_CMS_* variables at build time (see
 * docs/cms.md): Gitea for a government intranet, GitHub or GitLab elsewhere. On localhost the CMS
 * uses the local backend instead (`npm run cms`, src/cms-server/), whatever is set here.
 */
export function backendFromEnv(env: Record<string, string | undefined>): BackendSettings {
  const name = (env.PUBLIC_CMS_BACKEND ?? 'gitea') as BackendSettings['name'];
  const optional = (key: string, value: string | undefined) => (value ? { [key]: value } : {});
  return {
    name,
    branch: env.PUBLIC_CMS_BRANCH ?? 'main',
    ...optional('repo', env.PUBLIC_CMS_REPO),
    ...optional('base_url', env.PUBLIC_CMS_BASE_URL),
    ...optional('api_root', env.PUBLIC_CMS_API_ROOT),
    ...optional('auth_endpoint', env.PUBLIC_CMS_AUTH_ENDPOINT),
    ...optional('app_id', env.PUBLIC_CMS_APP_ID),
    ...optional('auth_scope', env.PUBLIC_CMS_AUTH_SCOPE),
    // County accounts without write access submit reports as pull requests from a fork (docs/cms.md).
    ...(env.PUBLIC_CMS_OPEN_AUTHORING === 'true' ? { open_authoring: true } : {}),
  };
}

/** The local backend's address: port 8081 unless the page is opened with `?decap_port=` (tests). */
export function localBackendUrl(location: Location): string {
  const port = new URLSearchParams(location.search).get('decap_port') ?? '8081';
  // The local backend listens on 127.0.0.1 only (src/cms-server/main.ts).
  return `http://127.0.0.1:${/^\d+$/.test(port) ? port : '8081'}/api/v1`;
}

/** Where the CMS uses the local backend (Decap's `local_backend.allowed_hosts`). */
export const isLocalHost = (location: Location): boolean => ['localhost', '127.0.0.1'].includes(location.hostname);
