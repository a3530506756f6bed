import type { APIRoute } from 'astro';
import { getSmsTexts } from '../../data/sms';
import { CSV_HEADERS, toCsv } from '../../lib/csv';

/**
 * Approved SMS texts for operators, as a spreadsheet: one row per message, signature included.
 * 字数 is the length the SMS standard counts (an emoji or a rare character outside the BMP counts 2).
 */
export const GET: APIRoute = async () => {
  const rows = (await getSmsTexts()).map((sms) => ({
    id: sms.id,
    text: sms.text,
    characters: sms.length.units,
    segments: sms.length.segments,
    approved: sms.approved,
  }));
  const csv = toCsv(rows, [
    { key: 'id', header: '编号' },
    { key: 'text', header: '短信内容（含签名）' },
    { key: 'characters', header: '字数' },
    { key: 'segments', header: '短信条数' },
    { key: 'approved', header: '审批日期' },
  ]);
  return new Response(csv, { headers: CSV_HEADERS });
};
