import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedCacheControl } from '../helpers/cache-expectations';
import { freePort } from '../helpers/decap-server';
import { distFiles } from '../helpers/dist';
import { DIST, ROOT } from '../helpers/paths';

/**
 * deploy/s3-sync.sh uploading real files of dist/ with the aws CLI to a local S3 (moto_server), read
 * back with head-object: `npm run test:s3`. Needs `aws` and `moto_server` (pip install awscli
 * "moto[server]"), which neither Debian nor npm provides, so it is not part of `npm test` (a test
 * skipped on every CI machine would only look like a check); it fails, rather than skips, without them.
 */
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const TOOLS = has('aws') && has('moto_server');

/** One file of each kind (top folder and extension): what the script has to tell apart. */
function sample(): string[] {
  const byKind = new Map<string, string>();
  for (const file of distFiles().sort()) {
    if (file === '_headers' || file.split('/').some((part) => part.startsWith('.'))) continue;
    const kind = `${file.split('/')[0]}/${extname(file)}`;
    if (!byKind.has(kind)) byKind.set(kind, file);
  }
  return [
    ...new Set([
      ...byKind.values(),
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/index-changes.json',
    ]),
  ];
}

describe('deploy/s3-sync.sh against a local S3', () => {
  it('has the aws CLI and moto_server to run against', () => {
    expect(TOOLS, 'needs the aws CLI and moto_server on PATH (pip install awscli "moto[server]")').toBe(true);
  });

  let server: ChildProcess;
  let endpoint = '';
  let site = '';
  const env = () => ({
    ...process.env,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_DEFAULT_REGION: 'us-east-1',
    S3_ENDPOINT: endpoint,
  });
  const aws = (...args: string[]) =>
    spawnSync('aws', ['--endpoint-url', endpoint, ...args], { env: env(), encoding: 'utf8' });
  /** The object's headers (head-object), or undefined when it is absent. */
  const head = async (key: string) => {
    const child = spawn(
      'aws',
      [
        '--endpoint-url',
        endpoint,
        's3api',
        'head-object',
        '--bucket',
        'site',
        '--key',
        `city/${key}`,
        '--output',
        'json',
      ],
      { env: env() },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    if (status !== 0) return undefined;
    const object = JSON.parse(output) as { CacheControl?: string; ContentType?: string; LastModified: string };
    return { cacheControl: object.CacheControl, contentType: object.ContentType, lastModified: object.LastModified };
  };
  const files = sample();

  beforeAll(async () => {
    const port = await freePort();
    endpoint = `http://127.0.0.1:${port}`;
    server = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
    for (let tries = 0; tries < 100; tries++) {
      try {
        await fetch(endpoint);
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    expect(aws('s3', 'mb', 's3://site').status).toBe(0);
    site = mkdtempSync(join(tmpdir(), 's3-site-'));
    for (const file of [...files, '_headers']) {
      mkdirSync(dirname(join(site, file)), { recursive: true });
      copyFileSync(join(DIST, file), join(site, file));
    }
    writeFileSync(join(site, '.env'), 'SECRET=1');
    // What an earlier publish left: a page the site no longer has.
    writeFileSync(join(tmpdir(), 's3-stale.html'), '<p>旧页面</p>');
    expect(aws('s3', 'cp', join(tmpdir(), 's3-stale.html'), 's3://site/city/old/index.html').status).toBe(0);
  }, 60_000);
  afterAll(() => {
    server?.kill();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  const run = () =>
    spawnSync(join(ROOT, 'deploy/s3-sync.sh'), [site, 's3://site/city'], { env: env(), encoding: 'utf8' });

  it('uploads each kind of file with its Cache-Control and Content-Type, and removes what the site no longer has', async () => {
    const result = run();
    expect(result.status, result.stderr).toBe(0);
    const wrong: string[] = [];
    const queue = [...files];
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const object = await head(file);
        if (object?.cacheControl !== expectedCacheControl(file)) wrong.push(`${file}: ${object?.cacheControl}`);
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    expect(wrong).toEqual([]);
    expect(files.filter((file) => expectedCacheControl(file) !== 'no-cache').length).toBeGreaterThan(3);
    expect((await head('index.html'))?.contentType).toBe('text/html; charset=utf-8');
    expect((await head('pagefind/pagefind.js'))?.contentType).toBe('application/javascript; charset=utf-8');
    expect((await head('sms/sms-texts.txt'))?.contentType).toBe('text/plain; charset=utf-8');
    expect((await head(files.find((file) => file.endsWith('.pf_fragment'))!))?.contentType).toBe(
      'application/octet-stream',
    );
    expect((await head(files.find((file) => file.startsWith('_astro/') && file.endsWith('.webp'))!))?.contentType).toBe(
      'image/webp',
    );
    expect(await head('_headers')).toBeUndefined();
    expect(await head('.env')).toBeUndefined();
    expect(await head('old/index.html')).toBeUndefined();
  }, 300_000);

  it('uploads nothing again when nothing changed', async () => {
    const before = (await head('index.html'))!.lastModified;
    const result = run();
    expect(result.status, result.stderr).toBe(0);
    expect((await head('index.html'))!.lastModified).toBe(before);
  }, 300_000);
});
