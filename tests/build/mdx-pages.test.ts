import { describe, expect, it } from 'vitest';
import { existsInDist, page, readDist } from '../helpers/dist';

/** The built pages of the MDX samples: what a reader gets from each block (src/mdx/components/). */
describe('MDX blocks on the built pages', () => {
  it('视频: the browser’s own player, nothing loaded before play, Chinese captions, a poster frame and downloads', () => {
    const html = page('/knowledge/hand-washing/');
    const video = html.querySelector('figure.mdx-video video')!;
    expect(video.hasAttribute('controls')).toBe(true);
    expect(video.getAttribute('preload')).toBe('none');
    const source = video.querySelector('source')!.getAttribute('src')!;
    expect(source).toMatch(/^\/_astro\/hand-washing-steps\..+\.webm$/);
    expect(video.querySelector('source')!.getAttribute('type')).toBe('video/webm');
    const track = video.querySelector('track[kind="captions"]')!;
    expect(track.getAttribute('srclang')).toBe('zh-CN');
    expect(readDist(track.getAttribute('src')!.slice(1))).toMatch(/^WEBVTT\n[\s\S]*第1步 内/);
    expect(existsInDist(source.slice(1))).toBe(true);
    expect(existsInDist(video.getAttribute('poster')!.slice(1))).toBe(true);
    expect(html.querySelector('figure.mdx-video figcaption')!.text).toContain('七步洗手法演示');
    // No third-party player: nothing on the page comes from another host.
    expect(
      html
        .querySelectorAll('script[src], iframe')
        .filter((element) => /^https?:/.test(element.getAttribute('src') ?? '')),
    ).toEqual([]);
  });

  it('步骤: a numbered list of the seven steps; 问答: questions search weighs above the text', () => {
    const html = page('/knowledge/hand-washing/');
    expect(html.querySelectorAll('.mdx-steps ol > li')).toHaveLength(7);
    const questions = html.querySelectorAll('.mdx-qa dt');
    expect(questions.length).toBeGreaterThan(1);
    for (const question of questions) expect(question.getAttribute('data-pagefind-weight')).toBe('8');
  });

  it('热线: cards on the task page whose numbers are tel: links', () => {
    const html = page('/guides/fever/');
    const numbers = html.querySelectorAll('.mdx-hotline a.tel').map((link) => link.getAttribute('href'));
    expect(numbers).toEqual(expect.arrayContaining(['tel:120', 'tel:12320', 'tel:12345']));
    expect(html.querySelector('.mdx-callout--urgent, .mdx-callout')).not.toBeNull();
  });

  it('feeds carry the blocks as plain HTML: lists, links and a pointer to the video, no component tags', () => {
    const feed = JSON.parse(readDist('knowledge/feed.json')) as { items: { url: string; content_html: string }[] };
    const item = feed.items.find((candidate) => candidate.url.endsWith('/knowledge/hand-washing/'))!;
    expect(item.content_html).toContain('<ol>');
    expect(item.content_html).toContain('<dt>问：');
    expect(item.content_html).toMatch(/视频：<a href="https:\/\/[^"]+\/knowledge\/hand-washing\/">七步洗手法演示/);
    expect(item.content_html).not.toMatch(/<(提示|步骤|热线|海报|问答|问|视频|图组|图)[\s>]/);
    expect(item.content_html).not.toMatch(/class="mdx-|data-astro|<script/);
    const guides = JSON.parse(readDist('guides/feed.json')) as { items: { url: string; content_html: string }[] };
    expect(guides.items.find((candidate) => candidate.url.endsWith('/guides/fever/'))!.content_html).toContain(
      'href="tel:120"',
    );
  });
});
