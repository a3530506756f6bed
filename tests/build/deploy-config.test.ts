import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFile, nginxServerBlock } from '../../src/security/nginx-config';
import { s3SyncScript } from '../../src/security/s3-sync-script';
import { readDist } from '../helpers/dist';
import { ROOT } from '../helpers/paths';

describe('deploy configuration', () => {
  it('is what src/security/ generates (run npm run deploy:config after changing it)', () => {
    expect(readFileSync(join(ROOT, 'deploy/nginx/wenming.conf'), 'utf8')).toBe(nginxServerBlock());
    expect(readFileSync(join(ROOT, 'public/_headers'), 'utf8')).toBe(headersFile());
    expect(readFileSync(join(ROOT, 'deploy/s3-sync.sh'), 'utf8')).toBe(s3SyncScript());
  });

  it('ships _headers in the built site', () => {
    expect(readDist('_headers')).toBe(headersFile());
  });
});
