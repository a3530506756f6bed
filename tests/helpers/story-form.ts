import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import sharp from 'sharp';
import { typeWithIme } from './ime';

/** A 先进典型 story as an editor types it into Decap's form for a new story. */
export interface StoryInput {
  readonly title: string;
  readonly summary: string;
  readonly published: string;
  readonly source: string;
  readonly district: string;
  readonly unit: string;
  readonly body: string;
  /** Alternative text of a photo to upload with the entry; no photo without it. */
  readonly photoAlt?: string;
}

/**
 * Fills in the form of a new story on `page` (already at `#/collections/stories/new`), typing Chinese
 * through the IME as an editor does, and uploads a generated photo when `photoAlt` is given. Returns
 * a function that removes the photo file: Chromium reads a chosen file from disk when it uploads it,
 * so it must stay until the entry is saved.
 */
export async function fillNewStory(page: Page, cdp: CDPSession, story: StoryInput): Promise<() => void> {
  const field = (label: string) => page.getByLabel(label, { exact: true });
  const typeInto = async (label: string, text: string) => {
    await field(label).click();
    await typeWithIme(page, cdp, text);
  };
  const choose = async (label: string, option: string) => {
    await field(label).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };
  await typeInto('标题', story.title);
  await typeInto('摘要', story.summary);
  await field('发布日期').fill(story.published);
  await typeInto('来源', story.source);
  await typeInto('责任编辑', '市文明办综合科');
  await typeInto('人物或集体', '钱某某（示例）');
  await choose('类型', '个人');
  await choose('类别', '志愿者');
  await choose('所属县（市、区）', story.district);
  await typeInto('所在单位', story.unit);
  let removePhoto = () => {};
  if (story.photoAlt) {
    const photo = join(tmpdir(), `night-watch-${Date.now()}.jpg`);
    await sharp({ create: { width: 800, height: 500, channels: 3, background: '#1f4e79' } })
      .jpeg()
      .toFile(photo);
    removePhoto = () => rmSync(photo, { force: true });
    await page.getByRole('button', { name: '选择图片' }).click();
    await page.locator('input[type="file"]').setInputFiles(photo);
    await page.getByRole('button', { name: '选用已选中项目' }).click();
    // The photo is optional, so its boxes are marked （可选）; once a photo is chosen the check requires the text.
    await page.getByLabel(/^替代文本（图片说明）/).click();
    await typeWithIme(page, cdp, story.photoAlt);
  }
  await page.locator('[data-slate-editor]').click();
  await typeWithIme(page, cdp, story.body);
  return removePhoto;
}
