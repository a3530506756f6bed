import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git } from '../helpers/git-clone';
import { editorCheckout, expectRefused, jpeg, snapshot, storyText } from './helpers';

/**
 * Issue 15 §1 and issue 14 ("first save fails"): saving, reviewing, publishing and deleting drafts
 * through the raw API commits exactly the entry's file and its uploads, never checks out another
 * branch and never touches the editor's own changes (a modified package-lock.json, an untracked
 * notes.txt, a staged README).
 */
describe('drafts and publications commit only the entry and its uploads', () => {
  let checkout: Awaited<ReturnType<typeof editorCheckout>>;
  let editorState: ReturnType<typeof snapshot>;
  const slug = '20261129-101500';
  const path = `content/stories/${slug}.md`;
  const photo = 'content/media/volunteer-1.jpg';
  let photoBytes: Buffer;

  beforeAll(async () => {
    checkout = await editorCheckout();
    editorState = snapshot(checkout.dir);
    photoBytes = await jpeg();
  });
  afterAll(() => checkout?.remove());

  const editorFilesUntouched = () => {
    const now = snapshot(checkout.dir);
    expect(now.lock, 'the modified package-lock.json is kept').toBe(editorState.lock);
    expect(now.notes).toBe(editorState.notes);
    expect(now.staged, 'the staged README change stays staged, and only it').toBe(editorState.staged);
    expect(now.status).toContain(' M package-lock.json');
    expect(now.status).toContain('?? notes.txt');
    expect(git(checkout.dir, 'symbolic-ref', '--short', 'HEAD'), 'the working tree stays on main').toBe('main');
  };
  const saveDraft = (raw: string, assets: { path: string; content: string; encoding: 'base64' }[] = []) =>
    checkout.call('persistEntry', {
      cmsLabelPrefix: '',
      dataFiles: [{ slug, path, raw }],
      assets,
      options: {
        collectionName: 'stories',
        commitMessage: `新建 stories“${slug}”`,
        useWorkflow: true,
        status: 'draft',
      },
    });

  it('saves a new story with a photo as a draft branch holding exactly those two files; the working tree is untouched', async () => {
    const head = git(checkout.dir, 'rev-parse', 'HEAD');
    const reply = await saveDraft(storyText({ photo: '../media/volunteer-1.jpg' }), [
      { path: photo, content: photoBytes.toString('base64'), encoding: 'base64' },
    ]);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body).toEqual({ message: 'entry persisted' });

    expect(git(checkout.dir, 'rev-parse', 'HEAD'), 'main has not moved').toBe(head);
    expect(git(checkout.dir, 'diff', '--name-only', `main...cms/stories/${slug}`).split('\n').sort()).toEqual([
      photo,
      path,
    ]);
    expect(git(checkout.dir, 'show', `cms/stories/${slug}:${path}`)).toContain('社区志愿者守护居民平安');
    expect(git(checkout.dir, 'config', `branch.cms/stories/${slug}.description`)).toBe('decap-cms/draft');
    expect(snapshot(checkout.dir).status, 'nothing new in the working tree').toBe(editorState.status);
    expect(existsSync(join(checkout.dir, path))).toBe(false);
    editorFilesUntouched();
  });

  it('lists and reads the draft in decap-server’s JSON shapes', async () => {
    expect((await checkout.call('unpublishedEntries')).body).toEqual([`stories/${slug}`]);
    const entry = await checkout.call('unpublishedEntry', { id: `stories/${slug}`, cmsLabelPrefix: '' });
    expect(entry.status).toBe(200);
    expect(entry.body).toMatchObject({ collection: 'stories', slug, status: 'draft' });
    expect(new Date(entry.body.updatedAt).getTime()).toBeGreaterThan(Date.now() - 600_000);
    expect(entry.body.diffs).toEqual(
      expect.arrayContaining([
        { oldPath: '', newPath: path, status: 'added', newFile: true, path, id: path, binary: false },
        { oldPath: '', newPath: photo, status: 'added', newFile: true, path: photo, id: photo, binary: true },
      ]),
    );
    const data = await checkout.call('unpublishedEntryDataFile', { collection: 'stories', slug, path, id: path });
    expect(data.body.data).toBe(storyText({ photo: '../media/volunteer-1.jpg' }));
    const media = await checkout.call('unpublishedEntryMediaFile', {
      collection: 'stories',
      slug,
      path: photo,
      id: photo,
    });
    expect(media.body).toMatchObject({ encoding: 'base64', path: photo, name: 'volunteer-1.jpg' });
    expect(Buffer.from(media.body.content, 'base64').equals(photoBytes)).toBe(true);
    expect((await checkout.call('unpublishedEntry', { collection: 'stories', slug: 'no-such-draft' })).status).toBe(
      404,
    );
  });

  it('saving again replaces the draft; a photo removed from the entry leaves the draft', async () => {
    const reply = await saveDraft(storyText({ title: '社区志愿者守护居民平安（修改）' }));
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(git(checkout.dir, 'diff', '--name-only', `main...cms/stories/${slug}`)).toBe(path);
    expect(git(checkout.dir, 'config', `branch.cms/stories/${slug}.description`), 'the status stays').toBe(
      'decap-cms/draft',
    );
    const again = await saveDraft(storyText({ photo: '../media/volunteer-1.jpg' }), [
      { path: photo, content: photoBytes.toString('base64'), encoding: 'base64' },
    ]);
    expect(again.status).toBe(200);
    editorFilesUntouched();
  });

  it('moves the draft through review (status in the branch description, as decap-server kept it)', async () => {
    for (const newStatus of ['pending_review', 'pending_publish']) {
      const reply = await checkout.call('updateUnpublishedEntryStatus', {
        collection: 'stories',
        slug,
        newStatus,
        cmsLabelPrefix: '',
      });
      expect(reply.status).toBe(200);
      expect(git(checkout.dir, 'config', `branch.cms/stories/${slug}.description`)).toBe(`decap-cms/${newStatus}`);
    }
    expect(snapshot(checkout.dir).status).toBe(editorState.status);
  });

  it('publishes onto main with a commit of exactly the entry and its photo, keeping the editor’s changes', async () => {
    const head = git(checkout.dir, 'rev-parse', 'HEAD');
    const reply = await checkout.call('publishUnpublishedEntry', { collection: 'stories', slug });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body).toEqual({ message: `branch cms/stories/${slug} merged to main` });

    expect(git(checkout.dir, 'rev-parse', 'HEAD^')).toBe(head);
    expect(git(checkout.dir, 'show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([photo, path]);
    expect(git(checkout.dir, 'branch', '--list', 'cms/*')).toBe('');
    expect(readFileSync(join(checkout.dir, path), 'utf8')).toBe(storyText({ photo: '../media/volunteer-1.jpg' }));
    expect(readFileSync(join(checkout.dir, photo)).equals(photoBytes)).toBe(true);
    // The published files are committed and in the working tree; the editor's own state is as it was.
    expect(snapshot(checkout.dir).status).toBe(editorState.status);
    editorFilesUntouched();
    expect(
      git(checkout.dir, 'log', '--format=%H', 'main', '--', 'package-lock.json', 'notes.txt').split('\n'),
    ).not.toContain(git(checkout.dir, 'rev-parse', 'HEAD'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(checkout.server.log()).toContain('重新生成网站');
    expect(checkout.server.log()).toContain(`/stories/${slug}/`);
    expect(checkout.server.log()).toMatch(/live after a rebuild/);
  });

  it('deleting a draft removes only its branch', async () => {
    const other = '20261130-080000';
    const reply = await checkout.call('persistEntry', {
      dataFiles: [{ slug: other, path: `content/stories/${other}.md`, raw: storyText({ title: '另一篇草稿' }) }],
      assets: [],
      options: { collectionName: 'stories', commitMessage: 'x', useWorkflow: true, status: 'draft' },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const head = git(checkout.dir, 'rev-parse', 'HEAD');
    const deleted = await checkout.call('deleteUnpublishedEntry', { collection: 'stories', slug: other });
    expect(deleted.body).toEqual({ message: `deleted branch: cms/stories/${other}` });
    expect(git(checkout.dir, 'branch', '--list', 'cms/*')).toBe('');
    expect(git(checkout.dir, 'rev-parse', 'HEAD')).toBe(head);
    expect(snapshot(checkout.dir).status).toBe(editorState.status);
    editorFilesUntouched();
  });

  it('a simple (no workflow) save commits only its file to main', async () => {
    const target = 'content/knowledge/home-disinfection.md';
    const text = readFileSync(join(checkout.dir, target), 'utf8').replace('居家清洁消毒', '居家清洁消毒（已复核）');
    const reply = await checkout.call('persistEntry', {
      dataFiles: [{ slug: 'home-disinfection', path: target, raw: text }],
      assets: [],
      options: { collectionName: 'knowledge', commitMessage: '更新 knowledge“home-disinfection”', useWorkflow: false },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(git(checkout.dir, 'show', '--name-only', '--format=', 'HEAD')).toBe(target);
    expect(git(checkout.dir, 'show', `HEAD:${target}`)).toContain('（已复核）');
    expect(snapshot(checkout.dir).status).toBe(editorState.status);
    editorFilesUntouched();
  });

  it('deleting a published entry through the CMS commits only that removal', async () => {
    const reply = await checkout.call('deleteFiles', {
      paths: [path, photo],
      options: { commitMessage: `删除 stories“${slug}”` },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(git(checkout.dir, 'show', '--name-status', '--format=', 'HEAD').split('\n').sort()).toEqual([
      `D\t${photo}`,
      `D\t${path}`,
    ]);
    expect(existsSync(join(checkout.dir, path))).toBe(false);
    expect(snapshot(checkout.dir).status).toBe(editorState.status);
    editorFilesUntouched();
  });

  it('does not overwrite an editor’s uncommitted edit of the entry being published', async () => {
    const target = 'content/knowledge/masks.md';
    const original = readFileSync(join(checkout.dir, target), 'utf8');
    const saved = await checkout.call('persistEntry', {
      dataFiles: [{ slug: 'masks', path: target, raw: original.replace('口罩', '口罩（CMS 修改）') }],
      assets: [],
      options: { collectionName: 'knowledge', commitMessage: 'x', useWorkflow: true, status: 'pending_publish' },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    writeFileSync(join(checkout.dir, target), `${original}\n编辑在本地直接改的一句话。\n`);
    const before = snapshot(checkout.dir);
    expectRefused(
      await checkout.call('publishUnpublishedEntry', { collection: 'knowledge', slug: 'masks' }),
      before,
      checkout.dir,
      target,
    );
    expect(readFileSync(join(checkout.dir, target), 'utf8')).toContain('编辑在本地直接改的一句话');
    writeFileSync(join(checkout.dir, target), original);
    const published = await checkout.call('publishUnpublishedEntry', { collection: 'knowledge', slug: 'masks' });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(git(checkout.dir, 'show', `HEAD:${target}`)).toContain('口罩（CMS 修改）');
  });

  it('refuses to publish while another branch is checked out, without switching it', async () => {
    const saved = await saveDraft(storyText());
    expect(saved.status).toBe(200);
    git(checkout.dir, 'switch', '--quiet', '-c', 'editor-work');
    const before = snapshot(checkout.dir);
    expectRefused(
      await checkout.call('publishUnpublishedEntry', { collection: 'stories', slug }),
      before,
      checkout.dir,
      'git switch main',
    );
    git(checkout.dir, 'switch', '--quiet', 'main');
    expect((await checkout.call('deleteUnpublishedEntry', { collection: 'stories', slug })).status).toBe(200);
  });
});
