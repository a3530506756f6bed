import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git } from '../helpers/git-clone';
import { ROOT } from '../helpers/paths';
import { editorCheckout, expectRefused, jpeg, snapshot, storyText } from './helpers';

/**
 * Issue 14 §2: the CMS server runs the content check `npm run check` runs, from the same code,
 * before it writes anything: an entry the build would refuse is refused with the same Chinese
 * message, and no branch or commit is made.
 */
describe('the CMS server refuses what the content check refuses', () => {
  let checkout: Awaited<ReturnType<typeof editorCheckout>>;
  beforeAll(async () => {
    checkout = await editorCheckout();
  });
  afterAll(() => checkout?.remove());

  const save = (
    collection: string,
    slug: string,
    raw: string,
    { useWorkflow = true, assets = [] as { path: string; content: string; encoding: 'base64' }[] } = {},
  ) =>
    checkout.call('persistEntry', {
      dataFiles: [{ slug, path: `content/${collection}/${slug}.md`, raw }],
      assets,
      options: { collectionName: collection, commitMessage: 'x', useWorkflow, status: 'draft' },
    });

  it.each([true, false])('a mobile number in the body (workflow %s)', async (useWorkflow) => {
    const before = snapshot(checkout.dir);
    const reply = await save('stories', '20261201-090000', storyText({ body: '如有需要请联系 13812345678。' }), {
      useWorkflow,
    });
    expectRefused(reply, before, checkout.dir, 'content/stories/20261201-090000.md');
    expect(reply.status).toBe(422);
    expect(reply.body.error).toContain('手机号');
    expect(reply.body.error).not.toContain('13812345678');
    expect(reply.body.problems[0]).toMatchObject({
      file: 'content/stories/20261201-090000.md',
      line: expect.any(Number),
    });
  });

  it('下次审核 earlier than 审核日期 on a knowledge entry, named with its field', async () => {
    const original = readFileSync(join(checkout.dir, 'content/knowledge/home-disinfection.md'), 'utf8');
    const before = snapshot(checkout.dir);
    const reply = await save(
      'knowledge',
      'home-disinfection',
      original.replace('nextReview: 2027-05-02', 'nextReview: 2026-01-01'),
    );
    expectRefused(reply, before, checkout.dir, '“下次审核”不能早于“审核日期”');
    expect(reply.body.error).toContain('（nextReview）');
    expect(reply.body.problems).toContainEqual(expect.objectContaining({ field: 'nextReview' }));
  });

  it('a schema error (a required field left empty)', async () => {
    const before = snapshot(checkout.dir);
    const reply = await save('stories', '20261201-090001', storyText().replace('source: 小店区文明办\n', ''));
    expectRefused(reply, before, checkout.dir, '必须填写');
    expect(reply.body.error).toContain('（source）');
  });

  it('a photo that is not uploaded with the entry', async () => {
    const before = snapshot(checkout.dir);
    expectRefused(
      await save('stories', '20261201-090002', storyText({ photo: '../media/missing.jpg' })),
      before,
      checkout.dir,
      '找不到图片文件',
    );
  });

  it('a link to an article that does not exist (the check across files)', async () => {
    const before = snapshot(checkout.dir);
    const reply = await save(
      'stories',
      '20261201-090003',
      storyText({ body: '详见[洗手指南](/knowledge/no-such-article/)。' }),
    );
    expectRefused(reply, before, checkout.dir, '/knowledge/no-such-article/');
  });

  it('an upload over the size limit or not an image, inserted in an entry', async () => {
    const huge = await sharp({
      create: {
        width: 1400,
        height: 1400,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .png()
      .toBuffer();
    expect(huge.length).toBeGreaterThan(2_000_000);
    for (const [content, message] of [
      [huge, '图片超过 2 MB'],
      [Buffer.from('<script>alert(1)</script>'), '不是有效的图片文件'],
    ] as const) {
      const before = snapshot(checkout.dir);
      const reply = await save('stories', '20261201-090004', storyText({ photo: '../media/upload.jpg' }), {
        assets: [{ path: 'content/media/upload.jpg', content: content.toString('base64'), encoding: 'base64' }],
      });
      expectRefused(reply, before, checkout.dir, message);
      expect(reply.body.error).toContain('content/media/upload.jpg');
    }
  });

  it('accepts a notice with a PDF attachment uploaded with it; refuses a renamed file and a video without captions', async () => {
    const notice = (file: string) =>
      [
        '---',
        'title: 关于开展文明实践活动的通知',
        'summary: 通知。',
        'published: 2020-03-01',
        'source: 市文明办',
        'editor: 市文明办综合科',
        'draft: false',
        'kind: 通知',
        'issuer: 太原市精神文明建设指导委员会',
        'written: 2020-03-01',
        'validity: 有效',
        'attachments:',
        '  - title: 活动方案',
        `    file: ${file}`,
        '---',
        '',
        '正文。',
        '',
      ].join('\n');
    // The checkout is a clone of main: the sample files come from this working tree.
    const pdf = readFileSync(join(ROOT, 'content/media/wenming-2020-1.pdf'));
    const accepted = await save('notices', '20261201-090010', notice('../media/plan-upload.pdf'), {
      assets: [{ path: 'content/media/plan-upload.pdf', content: pdf.toString('base64'), encoding: 'base64' }],
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);

    let before = snapshot(checkout.dir);
    const renamed = await save('notices', '20261201-090011', notice('../media/fake.pdf'), {
      assets: [{ path: 'content/media/fake.pdf', content: (await jpeg()).toString('base64'), encoding: 'base64' }],
    });
    expectRefused(renamed, before, checkout.dir, '的内容不是 PDF 格式');
    expect(renamed.body.error).toContain('content/media/fake.pdf');

    before = snapshot(checkout.dir);
    const update = readFileSync(join(ROOT, 'content/updates/xiaodian-poster-boards.md'), 'utf8').replace(
      '  captions: ../media/civility-psa.vtt\n',
      '',
    );
    const noCaptions = await save('updates', 'xiaodian-poster-boards', update, {
      assets: ['civility-psa.mp4', 'civility-psa.jpg'].map((name) => ({
        path: `content/media/${name}`,
        content: readFileSync(join(ROOT, 'content/media', name)).toString('base64'),
        encoding: 'base64' as const,
      })),
    });
    expectRefused(noCaptions, before, checkout.dir, '“字幕文件”必须填写');
    expect(noCaptions.body.problems).toContainEqual(expect.objectContaining({ field: 'video.captions' }));
  });

  it('a draft that turned bad outside the CMS is not published', async () => {
    // A draft branch made with git directly (as another tool or an older decap-server could), holding a phone number.
    const raw = storyText({ body: '联系电话 13912345678。' });
    const dir = checkout.dir;
    const file = join(dir, '..', `bad-${Date.now()}.md`);
    (await import('node:fs')).writeFileSync(file, raw);
    const sha = git(dir, 'hash-object', '-w', file);
    const index = join(dir, '..', `index-${Date.now()}`);
    const env = { ...process.env, GIT_INDEX_FILE: index };
    const { execFileSync } = await import('node:child_process');
    execFileSync('git', ['-C', dir, 'read-tree', 'main'], { env });
    execFileSync(
      'git',
      ['-C', dir, 'update-index', '--add', '--cacheinfo', `100644,${sha},content/stories/20261201-bad.md`],
      { env },
    );
    const tree = execFileSync('git', ['-C', dir, 'write-tree'], { env, encoding: 'utf8' }).trim();
    const commit = execFileSync('git', ['-C', dir, 'commit-tree', tree, '-p', 'main', '-m', 'bad'], {
      encoding: 'utf8',
    }).trim();
    git(dir, 'update-ref', 'refs/heads/cms/stories/20261201-bad', commit);
    git(dir, 'config', 'branch.cms/stories/20261201-bad.description', 'decap-cms/pending_publish');

    const before = snapshot(dir);
    const reply = await checkout.call('publishUnpublishedEntry', { collection: 'stories', slug: '20261201-bad' });
    expectRefused(reply, before, dir, '手机号');
    expect(reply.body.error).toContain('没有发布');
    expect(git(dir, 'branch', '--list', 'cms/stories/20261201-bad')).not.toBe('');
  });

  it('deleting an image an entry still shows is refused (the check across files)', async () => {
    const before = snapshot(checkout.dir);
    const reply = await checkout.call('deleteFiles', {
      paths: ['content/media/hand-washing.jpg'],
      options: { commitMessage: '删除' },
    });
    expectRefused(reply, before, checkout.dir, 'content/knowledge/hand-washing.mdx');
    expect(reply.body.error).toContain('找不到图片文件');
  });

  it('a valid entry with a valid photo passes (the refusals above are the check, not a broken server)', async () => {
    const reply = await save('stories', '20261201-090005', storyText({ photo: '../media/ok.jpg' }), {
      assets: [{ path: 'content/media/ok.jpg', content: (await jpeg()).toString('base64'), encoding: 'base64' }],
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(git(checkout.dir, 'branch', '--list', 'cms/stories/20261201-090005')).not.toBe('');
  });
});
