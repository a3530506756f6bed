import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { smsLength } from '../../src/lib/sms';
import { isDraft, readCollection } from '../helpers/content';
import { existsInDist, page, readDist, textOf } from '../helpers/dist';

const signature = String(readCollection('settings')[0]!.data.smsSignature);
const published = readCollection('sms').filter((entry) => !isDraft(entry));
const day = (value: unknown) => new Date(value as string | Date).toISOString().slice(0, 10);
/** What an operator should receive for each published text, worked out from the content files. */
const expected = new Map(
  published.map((entry) => {
    const text = `${signature}${String(entry.data.text).trim()}`;
    return [entry.id, { text, length: smsLength(text), approved: day(entry.data.approved) }];
  }),
);

describe('SMS CSV for operators', () => {
  const csv = readDist('sms/sms-texts.csv');
  const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];

  it('is UTF-8 with a byte order mark, so spreadsheet programs read the Chinese', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Object.keys(rows[0]!)).toEqual(['编号', '短信内容（含签名）', '字数', '短信条数', '审批日期']);
  });

  it('has every published text and no draft', () => {
    expect(published.length).toBeGreaterThan(5);
    expect(rows.map((row) => row['编号']).sort()).toEqual([...expected.keys()].sort());
  });

  it('parses back to the same texts, counts and dates as the content', () => {
    for (const row of rows) {
      const want = expected.get(row['编号']!)!;
      expect(row['短信内容（含签名）'], row['编号']).toBe(want.text);
      expect(Number(row['字数']), row['编号']).toBe(want.length.units);
      expect(Number(row['短信条数']), row['编号']).toBe(want.length.segments);
      expect(row['审批日期'], row['编号']).toBe(want.approved);
    }
  });

  it('holds only texts that fit one SMS with the signature', () => {
    for (const row of rows) {
      expect(Number(row['字数']), row['编号']).toBeLessThanOrEqual(70);
      expect(row['短信条数'], row['编号']).toBe('1');
    }
  });
});

describe('SMS plain text', () => {
  it('has the same texts as the CSV, in the same order, a blank line between them', () => {
    const csvTexts = (
      parse(readDist('sms/sms-texts.csv'), { bom: true, columns: true }) as Record<string, string>[]
    ).map((row) => row['短信内容（含签名）']);
    expect(readDist('sms/sms-texts.txt').trimEnd().split('\r\n\r\n')).toEqual(csvTexts);
  });
});

describe('SMS page', () => {
  const html = page('/sms/');

  it('links both downloads', () => {
    for (const href of ['/sms/sms-texts.csv', '/sms/sms-texts.txt']) {
      expect(html.querySelector(`main a[href="${href}"]`), href).toBeTruthy();
      expect(existsInDist(href.slice(1))).toBe(true);
    }
  });

  it('shows each text with its count and number of SMS, grouped by topic', () => {
    const cards = html.querySelectorAll('.card');
    expect(cards).toHaveLength(published.length);
    for (const entry of published) {
      const card = html.getElementById(`sms-${entry.id}`)!;
      const want = expected.get(entry.id)!;
      expect(textOf(card.querySelector('.sms-text')!).trim()).toBe(want.text);
      expect(textOf(card)).toContain(`${want.length.units} 字 · 1 条短信`);
      expect(
        html.querySelector(`section[aria-labelledby="topic-${String(entry.data.topic)}"] #sms-${entry.id}`),
        entry.file,
      ).toBeTruthy();
    }
  });

  it('marks the texts for the copy script and shows no button that needs JavaScript', () => {
    expect(html.querySelectorAll('.sms-text[data-copy]')).toHaveLength(published.length);
    expect(html.querySelectorAll('main button')).toHaveLength(0);
    expect(html.querySelector('script[type=module][src^="/_astro/"]')).toBeTruthy();
  });
});
