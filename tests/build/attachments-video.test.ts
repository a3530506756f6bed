import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfPageCount } from '../../src/media/pdf-pages';
import { parseWebVtt } from '../../src/media/webvtt';
import { existsInDist, page, readDist } from '../helpers/dist';
import { CONTENT, DIST } from '../helpers/paths';

/** The built notice with attachments and the update with a video field (the sample content). */
describe('a notice’s attachments and 公文 metadata', () => {
  const html = page('/notices/wenming-2020-1/');

  it('lists each attachment with its format, size and, for a PDF, the pages read from the file', async () => {
    const section = html.querySelector('section.attachments')!;
    expect(section.querySelector('h2')!.text).toBe('附件');
    const items = section.querySelectorAll('li');
    expect(items).toHaveLength(2);
    const pdf = items[0]!;
    const link = pdf.querySelector('a')!;
    expect(link.text.trim()).toBe('并文明〔2020〕1号 实施方案（原件）');
    expect(link.getAttribute('download')).toBe('并文明〔2020〕1号 实施方案（原件）.pdf');
    expect(link.getAttribute('type')).toBe('application/pdf');
    const href = link.getAttribute('href')!;
    expect(href).toMatch(/^\/_astro\/wenming-2020-1\..+\.pdf$/);
    // The published file is the committed one, and the page's facts are the file's.
    const published = readFileSync(join(DIST, href));
    expect(published.equals(readFileSync(join(CONTENT, 'media/wenming-2020-1.pdf')))).toBe(true);
    const pages = await pdfPageCount(published);
    expect(pages).toBe(7);
    expect(pdf.querySelector('.attachments__facts')!.text).toBe(
      `PDF，${pages} 页，${Math.round(published.length / 1000)} KB`,
    );
    const form = items[1]!;
    expect(form.querySelector('a')!.getAttribute('download')).toBe('贯彻落实情况报送表（示例）.xlsx');
    expect(existsInDist(form.querySelector('a')!.getAttribute('href')!.slice(1))).toBe(true);
    expect(form.querySelector('.attachments__facts')!.text).toBe(
      `Excel，${Math.round(statSync(join(CONTENT, 'media/wenming-2020-1-report-form.xlsx')).size / 1000)} KB`,
    );
  });

  it('shows 索引号, 发文机关, 文号, 成文日期, 发布日期 and 有效性 in that order in the metadata', () => {
    const labels = html.querySelectorAll('dl.meta dt').map((term) => term.text);
    const order = ['索引号', '发文机关', '文号', '成文日期', '发布日期', '有效性'].map((label) =>
      labels.indexOf(label),
    );
    expect(
      order.every((index) => index >= 0),
      labels.join(' '),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const value = (label: string) =>
      html
        .querySelectorAll('dl.meta > div')
        .find((row) => row.querySelector('dt')!.text === label)!
        .querySelector('dd')!.text;
    expect(value('索引号')).toBe('11140100MB1234567X/2020-00001');
    expect(value('有效性')).toBe('已失效');
  });

  it('shows no 附件 section on a notice without attachments', () => {
    expect(page('/notices/activities-paused-2020/').querySelector('section.attachments')).toBeNull();
  });
});

describe('an article’s video field', () => {
  const html = page('/updates/xiaodian-poster-boards/');

  it('plays in the browser’s own player with Chinese captions and a poster frame, as the 视频 block does', () => {
    const video = html.querySelector('.entry-video figure.mdx-video video')!;
    expect(video.hasAttribute('controls')).toBe(true);
    expect(video.getAttribute('preload')).toBe('none');
    const source = video.querySelector('source')!;
    expect(source.getAttribute('type')).toBe('video/mp4');
    expect(source.getAttribute('src')).toMatch(/^\/_astro\/civility-psa\..+\.mp4$/);
    expect(existsInDist(source.getAttribute('src')!.slice(1))).toBe(true);
    const track = video.querySelector('track[kind="captions"]')!;
    expect(track.getAttribute('srclang')).toBe('zh-CN');
    const captions = parseWebVtt(readDist(track.getAttribute('src')!.slice(1)));
    expect('cues' in captions && captions.cues.length).toBe(6);
    expect(existsInDist(video.getAttribute('poster')!.slice(1))).toBe(true);
    expect(video.getAttribute('aria-label')).toContain('文明防疫 从我做起');
  });

  it('has its written transcript on the page under 文字稿', () => {
    const transcript = html.querySelector('.entry-video details.mdx-video__transcript')!;
    expect(transcript.querySelector('summary')!.text).toBe('文字稿');
    const lines = transcript.querySelectorAll('p').map((line) => line.text);
    expect(lines).toHaveLength(7);
    expect(lines).toContain('出门戴口罩：到人多的地方、乘公共交通要戴好。');
  });

  it('gives the 视频 block of an MDX article the captions’ text as its transcript', () => {
    const lines = page('/knowledge/hand-washing/')
      .querySelectorAll('details.mdx-video__transcript p')
      .map((line) => line.text);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join('')).toContain('第1步');
    expect(lines.join('')).not.toMatch(/-->|WEBVTT/);
  });
});
