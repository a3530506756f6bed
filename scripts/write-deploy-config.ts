/** `npm run deploy:config`: writes the nginx config, _headers and the S3 upload script from src/security/. */
import { chmodSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile, nginxServerBlock } from '../src/security/nginx-config';
import { s3SyncScript } from '../src/security/s3-sync-script';

const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
writeFileSync(at('deploy/nginx/wenming.conf'), nginxServerBlock());
writeFileSync(at('public/_headers'), headersFile());
writeFileSync(at('deploy/s3-sync.sh'), s3SyncScript());
chmodSync(at('deploy/s3-sync.sh'), 0o755);
console.log('wrote deploy/nginx/wenming.conf, public/_headers and deploy/s3-sync.sh');
