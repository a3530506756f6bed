import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { sectionOf } from '../../config/sections';
import { getSettings } from '../../data/entries';
import { getSlogans, sloganBannerPath, sloganWallPath } from '../../data/slogans';
import { escapeHtml } from '../../lib/html-escape';
import { toChineseDay } from '../../lib/dates';
import { absoluteUrl, sloganRssPath } from '../../lib/urls';
import { SLOGAN_FILE_FORMATS, SLOGAN_FILE_KINDS, sloganFilePath } from '../../slogans/files';

/**
 * Approved slogans as RSS, newest first, so a county's or a school's site (or a 宣传栏 editor's feed reader)
 * learns of a new line when the office approves it. Each item is the slogan, its topic and approval day,
 * and its banner and wall files.
 */
export const GET: APIRoute = async ({ site }) => {
  const { siteName } = await getSettings();
  const slogans = (await getSlogans()).sort(
    (a, b) => b.entry.data.published.getTime() - a.entry.data.published.getTime() || a.id.localeCompare(b.id),
  );
  const section = sectionOf('slogans');
  return rss({
    title: `${siteName}·${section.label}`,
    description: section.intro,
    site: site!,
    customData: `<language>zh-CN</language><atom:link href="${absoluteUrl(sloganRssPath, site!)}" rel="self" type="application/rss+xml"/>`,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: slogans.map((slogan) => {
      const files = SLOGAN_FILE_KINDS.map(
        (kind) =>
          `<li><a href="${escapeHtml(absoluteUrl(sloganFilePath(slogan.id, kind), site!))}">${escapeHtml(SLOGAN_FILE_FORMATS[kind].description)}（${SLOGAN_FILE_FORMATS[kind].format}）</a></li>`,
      );
      return {
        title: slogan.text,
        link: absoluteUrl(`/slogans/#slogan-${slogan.id}`, site!),
        pubDate: slogan.entry.data.published,
        categories: [slogan.topic.name],
        description: `${slogan.topic.name}标语，${slogan.characters} 字，${toChineseDay(slogan.approved)}审批。来源：${slogan.source}。`,
        content: [
          `<p><strong>${escapeHtml(slogan.text)}</strong></p>`,
          `<p>主题：${escapeHtml(slogan.topic.name)} · ${slogan.characters} 字 · 审批日期：${toChineseDay(slogan.approved)} · 来源：${escapeHtml(slogan.source)}</p>`,
          `<ul>${files.join('')}</ul>`,
          `<p><a href="${escapeHtml(absoluteUrl(sloganBannerPath(slogan.id), site!))}">加上本单位名称，打印横幅</a></p>`,
          `<p><a href="${escapeHtml(absoluteUrl(sloganWallPath(slogan.id), site!))}">加上本单位名称，打印墙体标语</a></p>`,
        ].join('\n'),
      };
    }),
  });
};
