import { describe, expect, it } from 'vitest';
import { splitPhoneNumbers } from '../../src/lib/phone-text';

const numbers = (text: string) => splitPhoneNumbers(text).flatMap((piece) => ('number' in piece ? [piece.href] : []));

describe('telephone numbers in text', () => {
  it('finds service numbers where the words say they are to be called', () => {
    expect(numbers('呼吸困难时立即拨打 120，不要自己去医院。')).toEqual(['tel:120']);
    expect(numbers('有疑问请拨打 12345 政务服务便民热线。')).toEqual(['tel:12345']);
    expect(numbers('可以打 12320 卫生健康热线或 12345 政务服务便民热线')).toEqual(['tel:12320', 'tel:12345']);
    expect(numbers('遇到网络暴力，可以报警（110）。')).toEqual(['tel:110']);
    expect(numbers('12356心理援助热线全天接听')).toEqual(['tel:12356']);
  });

  it('finds landlines with their area code anywhere, written with the hyphen removed in the link', () => {
    expect(numbers('太原市文明办综合科 0351-4223160')).toEqual(['tel:03514223160']);
  });

  it('leaves counts, years, measures and document numbers alone', () => {
    for (const text of [
      '每次 120 秒',
      '2020 年 2 月',
      '面积 120 平方米',
      '共 110 人参加',
      '并文明委〔2020〕1 号',
      '体温 38.5℃',
      '并联系了 1200 户居民',
    ]) {
      expect(numbers(text), text).toEqual([]);
    }
  });

  it('keeps the text around the numbers whole', () => {
    const text = '请拨打 120 或 110。';
    expect(
      splitPhoneNumbers(text)
        .map((piece) => ('text' in piece ? piece.text : piece.number))
        .join(''),
    ).toBe(text);
  });
});
