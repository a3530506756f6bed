import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFile, nginxServerBlock } from '../../src/security/nginx-config';
import { readDist } from '../helpers/dist';
import { ROOT } from '../helpers/paths';

describe('deploy configuration', () => {
  it('is what src/security/headers.ts generates (run npm run deploy:config after changing it)', () => {
    expect(readFileSync(join(ROOT, 'deploy/nginx/wenming.conf'), 'utf8')).toBe(nginxServerBlock());
    expect(readFileSync(join(ROOT, 'public/_headers'), 'utf8')).toBe(headersFile());
  });

  it('ships _headers in the built site', () => {
    expect(readDist('_headers')).toBe(headersFile());
  });
});
