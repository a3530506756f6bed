import { describe, expect, it } from 'vitest';
import { ARTICLE_COLLECTIONS } from '../../src/config/sections';
import { isDraft, readCollection } from '../helpers/content';
import { existsInDist, htmlPages, metaOf, page, readDist, textOf } from '../helpers/dist';

const published = (collection: string) => readCollection(collection).filter((entry) => !isDraft(entry));

describe('every published entry has its page', () => {
  for (const collection of ARTICLE_COLLECTIONS) {
    it(collection, () => {
      const entries = published(collection);
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(
          existsInDist(`${collection}/${entry.id}/index.html`),
          `${entry.file} → /${collection}/${entry.id}/`,
        ).toBe(true);
        expect(textOf(page(`/${collection}/${entry.id}/`).querySelector('h1')!)).toContain(String(entry.data.title));
      }
    });
  }

  it('lists every SMS text and practice center on its section page', () => {
    const smsText = textOf(page('/sms/'));
    for (const message of published('sms')) expect(smsText).toContain(String(message.data.text).trim());
    const centersText = textOf(page('/centers/'));
    for (const center of published('centers')) expect(centersText).toContain(String(center.data.title));
  });
});

describe('every page', () => {
  const pages = htmlPages();

  it('is in Chinese, titled, canonical and has exactly one h1', () => {
    expect(pages.length).toBeGreaterThan(60);
    for (const file of pages) {
      const html = page(`/${file}`);
      expect(html.querySelector('html')?.getAttribute('lang'), file).toBe('zh-CN');
      expect(html.querySelector('title')?.textContent.trim(), file).toBeTruthy();
      if (file.startsWith('admin/')) continue; // the CMS shell, checked in admin.test.ts
      const canonical = html.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '';
      // A poster's print form names the poster's page, which search engines should list instead.
      const own = file.replace(/index\.html$/, '').replace(/^(posters\/[^/]+\/)print\/$/, '$1');
      if (file !== '404.html') expect(canonical, file).toBe(`https://wenming.taiyuan.example/${own}`);
      expect(html.querySelectorAll('h1'), file).toHaveLength(1);
      expect(html.querySelector('meta[property="og:title"]')?.getAttribute('content'), file).toBeTruthy();
      // Embeds are framed by other sites, not shared (tests/build/share-cards.test.ts).
      if (!file.startsWith('embed/'))
        expect(html.querySelector('meta[property="og:image"]')?.getAttribute('content'), file).toMatch(/^https:\/\//);
    }
  });

  it('has ASCII URLs only', () => {
    for (const file of pages) expect(file, file).toMatch(/^[a-z0-9/._-]+$/);
  });

  it('shows the footer from settings', () => {
    const footer = textOf(page('/').querySelector('footer')!);
    for (const text of [
      '太原市精神文明建设指导委员会办公室',
      '0351-4223160',
      'tyswmbzhc@163.com',
      '晋ICP备',
      '晋公网安备',
      '网站标识码：1401000000',
    ]) {
      expect(footer).toContain(text);
    }
  });

  it('sets width, height and alt text on every image', () => {
    for (const file of pages) {
      for (const img of page(`/${file}`).querySelectorAll('img')) {
        expect(img.getAttribute('width'), `${file} ${img.outerHTML}`).toMatch(/^\d+$/);
        expect(img.getAttribute('height'), `${file} ${img.outerHTML}`).toMatch(/^\d+$/);
        expect(img.getAttribute('alt')?.trim(), `${file} ${img.outerHTML}`).toBeTruthy();
      }
    }
  });
});

describe('entry pages show what readers need to trust them', () => {
  it('shows 文号, 发文机关 and 成文日期 on the source document', () => {
    const html = page('/notices/wenming-2020-1/');
    const meta = metaOf(html);
    expect(meta.get('文号')).toBe('并文明〔2020〕1号');
    expect(meta.get('发文机关')).toBe('太原市精神文明建设指导委员会');
    expect(meta.get('成文日期')).toBe('2020年2月20日');
    expect(textOf(html)).toContain('做好信息反馈');
  });

  it('shows review dates on knowledge pages and warns when a review is overdue', () => {
    const meta = metaOf(page('/knowledge/hand-washing/'));
    expect(meta.get('审核日期')).toBe('2026年11月2日');
    expect(meta.get('下次审核')).toBe('2027年5月2日');
    expect(meta.get('发布日期')).toBe('2020年2月5日');
    expect(meta.get('来源')).toBe('太原市卫生健康委员会');
    expect(meta.get('责任编辑')).toBe('市文明办综合科');
    expect(page('/knowledge/hand-washing/').querySelector('.meta time')?.getAttribute('datetime')).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
    expect(textOf(page('/knowledge/ventilation/'))).toContain('本文已超过审核期限');
  });

  it('points superseded advice at the newer article', () => {
    const notice = page('/knowledge/masks/').querySelector('.notice');
    expect(textOf(notice!)).toContain('本文已有新版');
    expect(notice!.querySelector('a')?.getAttribute('href')).toBe('/knowledge/masks-2026/');
  });

  it('marks fictional people as 示例', () => {
    for (const story of published('stories')) {
      expect(textOf(page(`/stories/${story.id}/`).querySelector('h1')!)).toContain('示例');
    }
  });

  it('gives an entry with a Chinese file name an ASCII URL', () => {
    const chinese = published('customs').find((entry) => /[\u4e00-\u9fff]/.test(entry.file));
    expect(chinese?.id).toMatch(/^[a-z0-9-]+$/);
    expect(existsInDist(`customs/${chinese!.id}/index.html`)).toBe(true);
  });
});

describe('listings', () => {
  it('paginates sections longer than one page', () => {
    const listed = published('knowledge').length;
    expect(listed).toBeGreaterThan(8);
    const first = page('/knowledge/').querySelectorAll('.card');
    const second = page('/knowledge/2/').querySelectorAll('.card');
    expect(first).toHaveLength(8);
    expect(first.length + second.length).toBeLessThanOrEqual(listed);
    expect(page('/knowledge/').querySelector('a[rel=next]')?.getAttribute('href')).toBe('/knowledge/2/');
  });

  it('lists stories by category and by district', () => {
    const stories = published('stories');
    const categories = new Set(stories.map((story) => story.data.category));
    expect(categories.size).toBe(5);
    const index = page('/stories/');
    const categoryLinks = index.querySelectorAll('a[href^="/stories/category/"]');
    expect(categoryLinks).toHaveLength(5);
    for (const link of categoryLinks)
      expect(existsInDist(`${link.getAttribute('href')!.slice(1)}index.html`)).toBe(true);
    const districtPage = page('/stories/district/xiaodian/');
    const inXiaodian = stories.filter((story) => story.data.district === '小店区');
    expect(districtPage.querySelectorAll('.card')).toHaveLength(inXiaodian.length);
  });

  it('has updates by district and tag pages', () => {
    expect(page('/updates/').querySelectorAll('a[href^="/updates/district/"]').length).toBeGreaterThanOrEqual(6);
    const tagLink = page('/knowledge/hand-washing/').querySelector('.tags a')!;
    expect(existsInDist(`${tagLink.getAttribute('href')!.slice(1)}index.html`)).toBe(true);
  });

  it('groups practice centers by district', () => {
    const headings = page('/centers/')
      .querySelectorAll('main h2')
      .map((h) => h.textContent.trim());
    expect(headings.length).toBeGreaterThanOrEqual(6);
  });

  it('has a 404 page', () => {
    expect(readDist('404.html')).toContain('页面未找到');
  });
});
