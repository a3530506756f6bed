import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorCheckout, expectRefused, jpeg, raw, SITE, snapshot, storyText } from './helpers';

/**
 * Issue 15 §1: the local CMS server reads and writes only the collections' folders and the media
 * folder, and only for the site's own local page. Every probe is a raw API call; each refusal
 * must leave the repository exactly as it was.
 */
describe('the local CMS server is confined to content/', () => {
  let checkout: Awaited<ReturnType<typeof editorCheckout>>;
  beforeAll(async () => {
    checkout = await editorCheckout();
  });
  afterAll(() => checkout?.remove());

  it('still serves the content folders (the refusals below are not a server that refuses everything)', async () => {
    const entry = await checkout.call('getEntry', { path: 'content/knowledge/home-disinfection.md' });
    expect(entry.status).toBe(200);
    expect(entry.body.data).toContain('居家清洁消毒');
    expect(entry.body.file).toMatchObject({
      path: 'content/knowledge/home-disinfection.md',
      id: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const folder = await checkout.call('entriesByFolder', { folder: 'content/knowledge', extension: 'md', depth: 1 });
    expect(folder.status).toBe(200);
    const paths = (folder.body as { file: { path: string } }[]).map((item) => item.file.path);
    expect(paths).toContain('content/knowledge/home-disinfection.md');
    expect(paths, 'a symbolic link inside content/ is not listed').not.toContain('content/knowledge/linked.md');
    const media = await checkout.call('getMedia', { mediaFolder: 'content/media' });
    expect(media.status).toBe(200);
    expect((media.body as { name: string }[]).map((file) => file.name)).toContain('masks.jpg');
    const settings = await checkout.call('entriesByFiles', {
      files: [{ path: 'content/settings/site.yml', label: '网站设置' }],
    });
    expect(settings.status).toBe(200);
    expect(settings.body[0].data).toContain('hotlines');
  });

  const outside = [
    '.git/config',
    'package.json',
    'package-lock.json',
    'notes.txt',
    'src/pages/index.astro',
    '/etc/passwd',
    '../../etc/passwd',
    'content/knowledge/../../package.json',
    'content/../package.json',
    'content\\knowledge\\home-disinfection.md',
    'content/knowledge/home-disinfection.md\u0000.png',
    'content/knowledge/.hidden.md',
    'content/.git/config',
    'content/stories/nested/inner.md',
    'content/knowledge/home-disinfection.txt',
    'content/knowledge/linked.md',
    'content/sms/home-disinfection.yml',
    'content/media/etc/passwd',
    'content//knowledge/home-disinfection.md',
    './content/knowledge/home-disinfection.md',
    'public/robots.txt',
    'content/knowledge/*.md',
    'content/knowledge/[h]and-washing.md',
    'content/knowledge/home-disinfection.md:x',
  ];

  it.each(outside)('getEntry refuses %j', async (path) => {
    const before = snapshot(checkout.dir);
    expectRefused(await checkout.call('getEntry', { path }), before, checkout.dir, '只能读写');
  });

  it.each([
    '.git/config',
    'package.json',
    'content/media/etc/passwd',
    'content/knowledge/home-disinfection.md',
    'src/assets/x.png',
  ])('getMediaFile refuses %j', async (path) => {
    const before = snapshot(checkout.dir);
    expectRefused(await checkout.call('getMediaFile', { path }), before, checkout.dir, '只能读写');
  });

  it('refuses listing any folder but a collection or the media folder', async () => {
    for (const folder of [
      '.',
      '',
      'content',
      '.git',
      'src',
      'content/..',
      'content/stories/nested',
      '/etc',
      'content/media/etc',
    ]) {
      const before = snapshot(checkout.dir);
      expectRefused(
        await checkout.call('entriesByFolder', { folder, extension: 'md', depth: 1 }),
        before,
        checkout.dir,
      );
      expectRefused(await checkout.call('getMedia', { mediaFolder: folder }), before, checkout.dir);
    }
    const before = snapshot(checkout.dir);
    expectRefused(
      await checkout.call('entriesByFiles', {
        files: [{ path: 'content/knowledge/home-disinfection.md' }, { path: '.git/config' }],
      }),
      before,
      checkout.dir,
      '.git/config',
    );
  });

  it.each([
    'src/pages/cms-wrote-this.astro',
    'content/knowledge/../../src/pages/x.md',
    'content/knowledge/x.astro',
    'content/stories/nested/new.md',
    'content/knowledge/linked.md',
    '.github/workflows/x.yml',
    'content/settings/.env.yml',
  ])('persistEntry refuses to write %j, as a draft and straight to main', async (path) => {
    for (const useWorkflow of [true, false]) {
      const before = snapshot(checkout.dir);
      const reply = await checkout.call('persistEntry', {
        dataFiles: [{ slug: 'x', path, raw: storyText() }],
        assets: [],
        options: { collectionName: 'stories', commitMessage: 'x', useWorkflow, status: 'draft' },
      });
      expectRefused(reply, before, checkout.dir);
    }
    expect(existsSync(join(checkout.dir, 'src/pages/cms-wrote-this.astro'))).toBe(false);
  });

  it('persistEntry refuses to write through a symbolic link, as a draft and straight to main', async () => {
    for (const [collection, path] of [
      ['knowledge', 'content/knowledge/linked.md'],
      ['sms', 'content/sms/new-message.yml'],
      ['sms', 'content/sms/home-disinfection.yml'],
    ] as const) {
      for (const useWorkflow of [true, false]) {
        const before = snapshot(checkout.dir);
        const reply = await checkout.call('persistEntry', {
          dataFiles: [{ slug: 'x', path, raw: collection === 'sms' ? 'title: 示例\n' : storyText() }],
          assets: [],
          options: { collectionName: collection, commitMessage: 'x', useWorkflow, status: 'draft' },
        });
        expectRefused(reply, before, checkout.dir, '符号链接');
      }
    }
    const before = snapshot(checkout.dir);
    expectRefused(
      await checkout.call('entriesByFolder', { folder: 'content/sms', extension: 'yml', depth: 1 }),
      before,
      checkout.dir,
      '符号链接',
    );
    expectRefused(
      await checkout.call('deleteFiles', {
        paths: ['content/sms/home-disinfection.yml'],
        options: { commitMessage: 'x' },
      }),
      before,
      checkout.dir,
      '符号链接',
    );
  });

  it('persistEntry refuses an entry saved into another collection’s folder', async () => {
    const before = snapshot(checkout.dir);
    const reply = await checkout.call('persistEntry', {
      dataFiles: [{ slug: 'x', path: 'content/knowledge/x.md', raw: storyText() }],
      assets: [],
      options: { collectionName: 'stories', commitMessage: 'x', useWorkflow: true, status: 'draft' },
    });
    expectRefused(reply, before, checkout.dir, 'content/stories/');
  });

  it.each([
    '.git/config',
    '.git/hooks/pre-commit',
    'package.json',
    'content/knowledge/x.png',
    'content/media/../../.git/config',
    'content/media/x.svg',
    'content/media/x.html',
    'content/media/etc/x.png',
  ])('uploads are refused at %j, through persistMedia and as an entry’s asset', async (path) => {
    const content = Buffer.from('[core]\n\tfsmonitor = "touch /tmp/cms-pwned"\n').toString('base64');
    const before = snapshot(checkout.dir);
    expectRefused(
      await checkout.call('persistMedia', {
        asset: { path, content, encoding: 'base64' },
        options: { commitMessage: 'x' },
      }),
      before,
      checkout.dir,
      '只能读写',
    );
    const reply = await checkout.call('persistEntry', {
      dataFiles: [{ slug: 'x', path: 'content/stories/x.md', raw: storyText() }],
      assets: [{ path, content, encoding: 'base64' }],
      options: { collectionName: 'stories', commitMessage: 'x', useWorkflow: true, status: 'draft' },
    });
    expectRefused(reply, before, checkout.dir, '只能读写');
    expect(existsSync('/tmp/cms-pwned')).toBe(false);
  });

  it.each(['.git/config', 'package.json', 'notes.txt', 'content/knowledge/linked.md', '../outside.md'])(
    'deleteFiles and deleteFile refuse %j',
    async (path) => {
      const before = snapshot(checkout.dir);
      expectRefused(
        await checkout.call('deleteFiles', { paths: [path], options: { commitMessage: 'x' } }),
        before,
        checkout.dir,
        '只能读写',
      );
      expectRefused(
        await checkout.call('deleteFile', { path, options: { commitMessage: 'x' } }),
        before,
        checkout.dir,
        '只能读写',
      );
    },
  );

  it('refuses draft names that would leave the cms/ branches', async () => {
    for (const slug of ['../../main', 'a b', '..', 'x/../../HEAD', '-d', 'a~1', 'x.lock']) {
      const before = snapshot(checkout.dir);
      expectRefused(await checkout.call('unpublishedEntry', { collection: 'stories', slug }), before, checkout.dir);
      expectRefused(
        await checkout.call('deleteUnpublishedEntry', { collection: 'stories', slug }),
        before,
        checkout.dir,
      );
      expectRefused(
        await checkout.call('publishUnpublishedEntry', { collection: 'stories', slug }),
        before,
        checkout.dir,
      );
    }
    const before = snapshot(checkout.dir);
    expectRefused(
      await checkout.call('updateUnpublishedEntryStatus', { collection: '../x', slug: 'y', newStatus: 'draft' }),
      before,
      checkout.dir,
      '栏目',
    );
    expectRefused(
      await checkout.call('getEntry', { path: 'content/knowledge/home-disinfection.md', branch: 'no-such-branch' }),
      before,
      checkout.dir,
      '分支',
    );
  });

  it('refuses a Host that is not its own loopback address (DNS rebinding)', async () => {
    const { port } = checkout.server;
    for (const host of [
      `attacker.example:${port}`,
      'attacker.example',
      `127.0.0.1.nip.io:${port}`,
      `127.0.0.1:${port + 1}`,
      `localhost.attacker.example:${port}`,
      'localhost',
      `[::1]:${port}`,
    ]) {
      const before = snapshot(checkout.dir);
      const reply = await raw(port, {
        body: { action: 'getEntry', params: { branch: 'main', path: 'content/knowledge/home-disinfection.md' } },
        headers: { host, origin: `http://${host}` },
      });
      expectRefused(reply, before, checkout.dir, 'Host');
      expect(JSON.stringify(reply.body)).not.toContain('居家清洁消毒');
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const reply = await raw(port, { body: { action: 'info', params: {} }, headers: { host } });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        repo: expect.any(String),
        publish_modes: ['simple', 'editorial_workflow'],
        type: 'local_git',
      });
    }
  });

  it('answers only the site’s own origin, never with Access-Control-Allow-Origin: *', async () => {
    const { port } = checkout.server;
    const read = { action: 'getEntry', params: { branch: 'main', path: 'content/knowledge/home-disinfection.md' } };
    for (const origin of [
      'http://evil.example',
      'http://127.0.0.1:9999',
      'http://localhost:8081',
      'null',
      'https://127.0.0.1:4321',
    ]) {
      const before = snapshot(checkout.dir);
      const reply = await raw(port, { body: read, headers: { origin } });
      expectRefused(reply, before, checkout.dir, origin);
      expect(reply.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await raw(port, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(preflight.status).toBe(403);
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    }
    const preflight = await raw(port, {
      method: 'OPTIONS',
      headers: {
        origin: SITE,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(SITE);
    const reply = await raw(port, { body: read, headers: { origin: SITE } });
    expect(reply.status).toBe(200);
    expect(reply.headers['access-control-allow-origin']).toBe(SITE);
    expect(reply.body.data).toContain('居家清洁消毒');
  });

  it('refuses a form post (no JSON content type), which a page could send without a preflight', async () => {
    const before = snapshot(checkout.dir);
    const reply = await raw(checkout.server.port, {
      body: { action: 'info', params: {} },
      headers: { 'content-type': 'text/plain' },
    });
    expectRefused(reply, before, checkout.dir, 'JSON');
  });

  it('refuses the Media tab’s direct upload, even of a valid image inside content/media/, pointing the editor to the entry', async () => {
    const before = snapshot(checkout.dir);
    const content = (await jpeg()).toString('base64');
    const reply = await checkout.call('persistMedia', {
      asset: { path: 'content/media/new.jpg', content, encoding: 'base64' },
      options: { commitMessage: '上传' },
    });
    expectRefused(reply, before, checkout.dir, '条目');
    expect(existsSync(join(checkout.dir, 'content/media/new.jpg'))).toBe(false);
  });

  it('logs one line per request with its result, and never sends a stack trace', async () => {
    const reply = await checkout.call('getEntry', { path: '.git/config' });
    expect(JSON.stringify(reply.body)).not.toMatch(/\bat .*\.ts:\d+|Error:/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(checkout.server.log()).toMatch(/getEntry 403 .*\.git\/config/);
    expect(checkout.server.log()).toMatch(/getEntry 200 content\/knowledge\/home-disinfection\.md/);
  });
});
