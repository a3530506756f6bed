import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load } from 'js-yaml';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_KINDS, type CampaignKind } from '../../src/config/taxonomy';
import { servesCampaign } from '../../src/lib/campaigns';
import { nominationTemplate } from '../../src/lib/nomination';
import { isDraft, readCollection, type ContentFile } from '../helpers/content';
import { distFiles, existsInDist, page, readDist, textOf } from '../helpers/dist';
import { CONTENT, DIST } from '../helpers/paths';

const SITE = 'https://wenming.taiyuan.example';
const published = (collection: string): ContentFile[] => readCollection(collection).filter((entry) => !isDraft(entry));
const campaigns = published('campaigns');
const { contact } = load(readFileSync(join(CONTENT, 'settings/site.yml'), 'utf8')) as { contact: { email: string } };

/** The entries of a collection a campaign page must list (at most 8, the newest: the sample has fewer). */
const serving = (collection: string, kind: CampaignKind) =>
  published(collection)
    .filter((entry) => servesCampaign(entry.data as never, kind))
    .map((entry) => `/${collection}/${entry.id}/`)
    .sort();

const linksIn = (path: string, section: string, selector: string) =>
  page(path)
    .querySelectorAll(`section[aria-labelledby="${section}"] ${selector}`)
    .map((link) => link.getAttribute('href')!)
    .sort();

describe('creation campaign pages (创建活动)', () => {
  it('has one published campaign of each of the six kinds', () => {
    expect(campaigns.map((entry) => entry.data.kind).sort()).toEqual(CAMPAIGN_KINDS.map((kind) => kind.name).sort());
  });

  for (const campaign of campaigns) {
    const kind = campaign.data.kind as CampaignKind;
    const path = `/campaigns/${campaign.id}/`;

    describe(`${kind} (${path})`, () => {
      it('says what the plan asks, quoting it, with its 测评要点 and where they come from', () => {
        const html = page(path);
        expect(textOf(html.querySelector('h1')!)).toContain(String(campaign.data.title));
        const body = textOf(html.querySelector('[data-entry-body]')!);
        expect(body).toContain('在抗击疫情中切实发挥示范带动作用');
        expect(body).toContain('纳入精神文明创建测评体系和评价标准');
        expect(html.querySelector('[data-entry-body] a[href="/notices/wenming-2020-1/"]')).not.toBeNull();
        const points = html.querySelectorAll('.campaign-checkpoints li').map((item) => textOf(item).trim());
        expect(points).toEqual(campaign.data.checkpoints);
        expect(textOf(html.querySelector('.campaign-checkpoints')!)).toContain('不是正式测评细则');
        expect(html.querySelector('.meta a[href="/campaigns/"]')?.textContent.trim()).toBe(kind);
      });

      it('lists the stories, reports and posters that serve it, none missing and none extra', () => {
        for (const [collection, section, selector] of [
          ['stories', 'campaign-stories', '.card h3 a'],
          ['updates', 'campaign-updates', '.card h3 a'],
          ['posters', 'campaign-posters', '.poster-card h3 a'],
        ] as const) {
          const expected = serving(collection, kind);
          expect(expected.length, `${kind}: ${collection}`).toBeGreaterThan(0);
          expect(linksIn(path, section, selector), `${kind}: ${collection}`).toEqual(expected);
        }
      });

      it('asks readers to nominate 身边好人', () => {
        expect(page(path).querySelector('.campaign-related a[href="/nominate/"]')).not.toBeNull();
      });
    });
  }

  it('shows the six kinds on /campaigns/ in the plan’s order, each linking its campaign', () => {
    const overview = page('/campaigns/');
    const cards = overview.querySelectorAll('.campaign-kinds > li');
    expect(cards.map((card) => textOf(card.querySelector('h2')!).trim())).toEqual(
      CAMPAIGN_KINDS.map((kind) => kind.name),
    );
    for (const campaign of campaigns) {
      const card = overview.querySelector(
        `#kind-${CAMPAIGN_KINDS.find((kind) => kind.name === campaign.data.kind)!.slug}`,
      )!;
      expect(card.querySelector(`a[href="/campaigns/${campaign.id}/"]`), String(campaign.data.kind)).not.toBeNull();
    }
    expect(overview.querySelector('main a[href="/nominate/"]')).not.toBeNull();
    // A section of the site: in the menu of every page.
    expect(page('/').querySelector('nav.site-nav a[href="/campaigns/"]')?.textContent.trim()).toBe('创建活动');
  });

  it('lists shown campaigns in the section’s RSS and JSON feeds, and in the sitemap', () => {
    const rss = readDist('campaigns/rss.xml');
    const json = JSON.parse(readDist('campaigns/feed.json')) as { items: { url: string; content_html: string }[] };
    const sitemap = readDist('sitemap-0.xml');
    for (const campaign of campaigns) {
      const url = `${SITE}/campaigns/${campaign.id}/`;
      expect(rss).toContain(`<link>${url}</link>`);
      const item = json.items.find((candidate) => candidate.url === url);
      expect(item?.content_html, url).toContain('切实发挥示范带动作用');
      expect(sitemap).toContain(`<loc>${url}</loc>`);
    }
    expect(sitemap).toContain(`<loc>${SITE}/campaigns/</loc>`);
    expect(sitemap).toContain(`<loc>${SITE}/nominate/</loc>`);
  });

  it('puts each campaign in the search index under the section filter 创建活动, its related lists left out', () => {
    const fragments = distFiles()
      .filter((file) => file.startsWith('pagefind/fragment/'))
      .map((file) => {
        const text = gunzipSync(readFileSync(join(DIST, file))).toString('utf8');
        return JSON.parse(text.slice(text.indexOf('{'))) as {
          url: string;
          content: string;
          filters: Record<string, string[]>;
        };
      });
    for (const campaign of campaigns) {
      const fragment = fragments.find((candidate) => candidate.url === `/campaigns/${campaign.id}/`);
      expect(fragment, campaign.id).toBeDefined();
      expect(fragment!.filters.section).toEqual(['创建活动']);
      const content = fragment!.content.replace(/\u200b/g, '');
      expect(content).toContain((campaign.data.checkpoints as string[])[0]);
      // The cards of related stories belong to the stories' own results.
      expect(content).not.toContain('相关的先进典型');
    }
  });
});

describe('推荐身边好人 (/nominate/)', () => {
  const html = page('/nominate/');

  it('says whom to nominate, for which honours, what to write and how to protect personal data', () => {
    const text = textOf(html.querySelector('main')!);
    for (const words of [
      '医务卫生工作者',
      '乡镇(村、社区)干部',
      '公安干警',
      '基层干部群众',
      '志愿者',
      '道德模范',
      '中国好人',
      '文明家庭',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).toContain('推荐前先征得被推荐人本人同意');
    expect(text).toContain('不要填写身份证号码');
  });

  it('opens a letter to the office’s e-mail from the settings, whose body decodes to the template shown for copying', () => {
    const href = html.querySelector('a[data-nominate-mailto]')!.getAttribute('href')!;
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe(contact.email);
    const fields = new Map(
      url.search
        .slice(1)
        .split('&')
        .map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]),
    );
    expect(fields.get('subject')).toMatch(/^推荐身边好人/);
    const body = fields.get('body')!.replace(/\r\n/g, '\n');
    expect(body).toBe(nominationTemplate());
    // node-html-parser keeps a <pre> as raw text unless told to parse it.
    const shown = parse(readDist('nominate/index.html'), {
      blockTextElements: { script: true, style: true },
    }).querySelector('[data-nominate-template]')!;
    expect(shown.getAttribute('data-copy')).toBeTruthy();
    expect(shown.textContent).toBe(body);
  });

  it('posts nothing anywhere: no form, and the same address written out for readers without a mail app', () => {
    expect(html.querySelectorAll('main form')).toHaveLength(0);
    expect(textOf(html.querySelector('main')!)).toContain(contact.email);
  });

  it('is linked from the stories section, every story and the site map', () => {
    expect(page('/stories/').querySelector('main a[href="/nominate/"]')).not.toBeNull();
    for (const story of published('stories'))
      expect(page(`/stories/${story.id}/`).querySelector('main a[href="/nominate/"]'), story.id).not.toBeNull();
    expect(page('/sitemap/').querySelector('main a[href="/nominate/"]')).not.toBeNull();
    expect(existsInDist('nominate/index.html')).toBe(true);
  });
});
