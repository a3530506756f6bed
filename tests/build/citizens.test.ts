import { describe, expect, it } from 'vitest';
import { existsInDist, metaOf, page, readDist, textOf } from '../helpers/dist';

const GUIDES = ['fever', 'home-quarantine', 'family-events', 'volunteer', 'rumours'];
const tel = (html: ReturnType<typeof page>) =>
  html.querySelectorAll('a[href^="tel:"]').map((link) => link.getAttribute('href'));

describe('task guides (办事指引)', () => {
  it.each(GUIDES)(
    '/guides/%s/ gives numbered steps that link advice, places and hotlines, and a hotline panel',
    (id) => {
      const html = page(`/guides/${id}/`);
      const body = html.querySelector('[data-entry-body]')!;
      expect(body.querySelectorAll('ol > li').length).toBeGreaterThanOrEqual(5);
      const links = body.querySelectorAll('a').map((link) => link.getAttribute('href')!);
      expect(
        links.some((href) => /^\/(knowledge|customs)\/[a-z0-9-]+\/$/.test(href)),
        `${id}: advice`,
      ).toBe(true);
      expect(
        links.some((href) => /^\/(centers|clinics|stories|notices)\/$/.test(href) || href.startsWith('tel:')),
        `${id}: place or number`,
      ).toBe(true);
      for (const href of links.filter((link) => link.startsWith('/')))
        expect(existsInDist(`${href.slice(1)}index.html`), `${id}: ${href}`).toBe(true);
      const panel = html.querySelector('section.hotlines')!;
      expect(tel(panel)).toEqual(
        expect.arrayContaining(['tel:12345', 'tel:12320', 'tel:120', 'tel:110', 'tel:03514223160']),
      );
    },
  );

  it('fever: says when to go to a fever clinic, how to get there and what to mind on the way, and links the clinics', () => {
    const html = page('/guides/fever/');
    const text = textOf(html.querySelector('[data-entry-body]')!);
    for (const words of ['什么时候去发热门诊', '去哪里', '路上注意什么']) expect(text).toContain(words);
    expect(html.querySelector('[data-entry-body] a[href="/clinics/"]')).not.toBeNull();
  });

  it('are the home page’s 我要办, in the editors’ order', () => {
    const tasks = page('/')
      .querySelectorAll('.task-links a')
      .map((link) => link.getAttribute('href'));
    expect(tasks.slice(0, 5)).toEqual(GUIDES.map((id) => `/guides/${id}/`));
    expect(tasks).toContain('/clinics/');
  });
});

describe('fever clinics (发热门诊)', () => {
  it('lists each clinic with district, address, hours, a tel: phone, the date checked, a map link, and 示例 marks', () => {
    const html = page('/clinics/');
    const cards = html.querySelectorAll('.clinic-card');
    expect(cards.length).toBeGreaterThanOrEqual(6);
    for (const card of cards) {
      const meta = metaOf(card);
      expect([...meta.keys()]).toEqual(['地址', '接诊时间', '电话', '核实日期']);
      expect(card.querySelector('a[href^="tel:0351"]')).not.toBeNull();
      expect(card.querySelector('.map-link')!.getAttribute('href')).toMatch(
        /^https:\/\/uri\.amap\.com\/search\?keyword=/,
      );
      expect(textOf(card)).toContain('示例');
    }
    expect(html.querySelectorAll('script[src^="http"]')).toHaveLength(0);
  });
});

describe('hotlines', () => {
  it('make the banner’s number tappable on every page', () => {
    for (const path of ['/', '/knowledge/hand-washing/', '/centers/']) {
      expect(tel(page(path).querySelector('.banner')!), path).toContain('tel:12345');
    }
  });
});

describe('centers', () => {
  it('show the date their details were checked and a map link, with no map script', () => {
    const html = page('/centers/');
    for (const card of html.querySelectorAll('.center-card')) {
      expect(metaOf(card).get('核实日期')).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
      expect(card.querySelector('.map-link')!.getAttribute('href')).toContain('uri.amap.com');
    }
    expect(html.querySelectorAll('script[src^="http"]')).toHaveLength(0);
  });
});

describe('knowledge topics', () => {
  it('link each article’s topic to its topic page, which lists the article', () => {
    const topic = page('/knowledge/hand-washing/').querySelector('.meta a[href^="/knowledge/topic/"]')!;
    expect(topic.textContent).toBe('个人防护');
    const list = page(topic.getAttribute('href')!);
    expect(list.querySelector('h1')!.textContent).toContain('个人防护');
    expect(list.querySelectorAll('.card a').map((link) => link.getAttribute('href'))).toContain(
      '/knowledge/hand-washing/',
    );
  });
});

describe('notices’ 有效性', () => {
  it('shows a lapsed notice as 已失效 with its date at the top, in the facts and in the list', () => {
    const html = page('/notices/wenming-2020-1/');
    expect(textOf(html.querySelector('.byline')!)).toMatch(/已失效\s*2023年1月8日起/);
    expect(metaOf(html).get('有效性')).toBe('已失效');
    const card = page('/notices/')
      .querySelectorAll('.card')
      .find((item) => item.querySelector('a[href="/notices/wenming-2020-1/"]'))!;
    expect(card.querySelector('.currency--warning')!.textContent).toBe('已失效');
  });

  it('shows a repealed notice as 已废止 with its date and the notice that replaced it, at the top and in the list', () => {
    const html = page('/notices/activities-paused-2020/');
    expect(textOf(html.querySelector('.byline')!)).toMatch(/已废止\s*2020年2月20日起/);
    expect(metaOf(html).get('有效性')).toBe('已废止');
    const replacement = html
      .querySelectorAll('main a')
      .find((link) => link.getAttribute('href') === '/notices/wenming-2020-1/');
    expect(replacement, 'a link to the notice that replaced it').toBeDefined();
    const card = page('/notices/')
      .querySelectorAll('.card')
      .find((item) => item.querySelector('a[href="/notices/activities-paused-2020/"]'))!;
    expect(card.querySelector('.currency--warning')!.textContent).toBe('已废止');
  });

  it('warns wherever a poster is offered for printing when its article is overdue: gallery, poster page, print form and embed', () => {
    const gallery = page('/posters/')
      .querySelectorAll('.poster-card')
      .find((item) => item.querySelector('a[href="/posters/open-windows/"]'))!;
    expect(textOf(gallery.querySelector('.poster-card__warning')!)).toContain('已过审核期');
    const print = page('/posters/open-windows/print/').querySelector('.print-form__warning')!;
    expect(textOf(print)).toContain('已过审核期');
    // A school that framed the poster on its own site sees it too.
    expect(textOf(page('/embed/posters/open-windows/').querySelector('.embed__warning')!)).toContain('已过审核期');
    expect(page('/embed/posters/wear-masks/').querySelector('.embed__warning')).toBeNull();
    // A poster whose article is current carries no warning.
    const current = page('/posters/')
      .querySelectorAll('.poster-card')
      .find((item) => item.querySelector('a[href="/posters/wear-masks/"]'))!;
    expect(current.querySelector('.poster-card__warning')).toBeNull();
  });

  it('warns on a poster whose article is overdue for review, and marks overdue advice in lists', () => {
    const related = page('/posters/open-windows/').querySelector('.notice--warning')!;
    expect(textOf(related)).toContain('已超过审核期限');
    const cards = ['/knowledge/', '/knowledge/2/'].flatMap((path) =>
      existsInDist(`${path.slice(1)}index.html`) ? page(path).querySelectorAll('.card') : [],
    );
    const card = cards.find((item) => item.querySelector('a[href="/knowledge/ventilation/"]'));
    expect(card?.querySelector('.currency--warning')?.textContent).toBe('已过审核期');
  });
});

describe('a government site’s basics', () => {
  it('has robots.txt pointing at the sitemap, and the sitemap dates every page and leaves print pages out', () => {
    expect(readDist('robots.txt')).toMatch(/^Sitemap: https:\/\/\S+\/sitemap-index\.xml$/m);
    const sitemap = readDist('sitemap-0.xml');
    const urls = sitemap.match(/<url>.*?<\/url>/g)!;
    expect(urls.length).toBeGreaterThan(50);
    for (const url of urls) expect(url).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/);
    expect(sitemap).not.toMatch(/\/print\/<\/loc>/);
    expect(sitemap).toMatch(/\/knowledge\/hand-washing\/<\/loc><lastmod>2026-11-02T/);
  });

  it('links an HTML 网站地图, an accessibility statement and a privacy and copyright page from every footer', () => {
    const footer = page('/knowledge/hand-washing/').querySelector('.site-footer')!;
    const links = new Map(
      footer.querySelectorAll('a').map((link) => [link.textContent.trim(), link.getAttribute('href')!]),
    );
    expect(links.get('网站地图')).toBe('/sitemap/');
    expect(textOf(page(links.get('无障碍和适老化声明')!))).toContain('长辈模式');
    expect(textOf(page(links.get('隐私和版权声明')!))).toContain('不使用 Cookie');
    expect(
      page('/sitemap/')
        .querySelectorAll('main a')
        .map((link) => link.getAttribute('href')),
    ).toEqual(expect.arrayContaining(['/guides/', '/clinics/', '/knowledge/topic/protection/', '/accessibility/']));
  });

  it('puts a 纠错 mailto: with the page’s title and address on every entry page', () => {
    const html = page('/knowledge/hand-washing/');
    const href = html.querySelector('.correction a')!.getAttribute('href')!;
    const mail = new URL(href);
    expect(mail.protocol).toBe('mailto:');
    const title = html.querySelector('h1')!.textContent.trim();
    expect(decodeURIComponent(mail.search)).toContain(`纠错：${title}`);
    expect(decodeURIComponent(mail.search)).toContain('/knowledge/hand-washing/');
  });

  it('links 来源 to the body’s own site where the settings give it', () => {
    const source = page('/knowledge/hand-washing/')
      .querySelectorAll('.meta div')
      .find((item) => item.querySelector('dt')!.textContent === '来源')!;
    expect(source.querySelector('a')!.getAttribute('href')).toBe('https://wjw.taiyuan.gov.cn/');
  });

  it('keeps editors’ notes off the home page', () => {
    const text = textOf(page('/'));
    for (const note of ['须填写', '供通信运营商发送', '每篇须定期审核']) expect(text).not.toContain(note);
  });
});
