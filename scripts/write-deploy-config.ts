/** `npm run deploy:config`: writes the nginx config and _headers from src/security/headers.ts. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile, nginxServerBlock } from '../src/security/nginx-config';

const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
writeFileSync(at('deploy/nginx/wenming.conf'), nginxServerBlock());
writeFileSync(at('public/_headers'), headersFile());
console.log('wrote deploy/nginx/wenming.conf and public/_headers');
