import type { APIRoute } from 'astro';
import { getReportsForExport } from '../../data/reports';
import { CSV_HEADERS, toCsv } from '../../lib/csv';
import { absoluteUrl, entryPath } from '../../lib/urls';

/** Every published report for the office's assessment work (测评): who reported what, when, and where to read it. */
export const GET: APIRoute = async ({ site }) => {
  const reports = await getReportsForExport();
  const rows = reports.map(({ id, data }) => ({
    district: data.district,
    unit: data.unit,
    published: data.published,
    title: data.title,
    hasPictures: data.photos.length > 0 ? '是' : '否',
    pictures: data.photos.length,
    url: absoluteUrl(entryPath('updates', id), site!),
  }));
  const csv = toCsv(rows, [
    { key: 'district', header: '县（市、区）' },
    { key: 'unit', header: '报送单位' },
    { key: 'published', header: '发布日期' },
    { key: 'title', header: '标题' },
    { key: 'hasPictures', header: '带图片' },
    { key: 'pictures', header: '图片张数' },
    { key: 'url', header: '网址' },
  ]);
  return new Response(csv, { headers: CSV_HEADERS });
};
