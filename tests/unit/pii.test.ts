import { describe, expect, it } from 'vitest';
import { findPersonalData, isValidResidentId, maskNumber } from '../../src/lib/pii';

// A made-up ID number with a correct check digit (GB 11643), and one with a wrong one.
const VALID_ID = '11010519491231002X';
const WRONG_CHECK = '110105194912310021';

describe('findPersonalData', () => {
  it('finds resident ID numbers with a valid check digit', () => {
    expect(isValidResidentId(VALID_ID)).toBe(true);
    expect(isValidResidentId(WRONG_CHECK)).toBe(false);
    expect(findPersonalData(`患者身份证号${VALID_ID}，已隔离。`)).toEqual([{ kind: '居民身份证号码', value: VALID_ID, index: 6 }]);
  });

  it('finds mobile numbers, also written with spaces, hyphens or +86', () => {
    for (const number of ['13812345678', '138 1234 5678', '138-1234-5678', '+86 13812345678']) {
      expect(findPersonalData(`联系${number}。`).map((match) => match.kind), number).toEqual(['手机号码']);
    }
  });

  it('finds bank card numbers by their Luhn check', () => {
    expect(findPersonalData('捐款账号 6222 0202 0000 0001 236').map((match) => match.kind)).toEqual(['银行卡号']);
  });

  it('leaves dates, landlines, hotlines, document numbers and long counts alone', () => {
    const text = '2020年2月20日，电话0351-4223160，热线12345、12320，并文明〔2020〕1号，共印70份，编号20200220000001。';
    expect(findPersonalData(text)).toEqual([]);
  });

  it('allows official numbers listed in settings', () => {
    expect(findPersonalData('请拨打 400-123-4567 或 13912345678', ['139-1234-5678'])).toEqual([]);
  });

  it('masks numbers for reports', () => {
    expect(maskNumber('13812345678')).toBe('138****5678');
  });
});
