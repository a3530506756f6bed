import { describe, expect, it } from 'vitest';
import { findPersonalData, isValidResidentId, looksLikeResidentId, maskNumber } from '../../src/lib/pii';

// A made-up ID number with a correct check digit (GB 11643), and one with a wrong one.
const VALID_ID = '11010519491231002X';
const WRONG_CHECK = '110105194912310021';

const kinds = (text: string, allowed?: Parameters<typeof findPersonalData>[1]) =>
  findPersonalData(text, allowed).map((match) => match.kind);
const errors = (text: string, allowed?: Parameters<typeof findPersonalData>[1]) =>
  findPersonalData(text, allowed)
    .filter((match) => match.severity === 'error')
    .map((match) => match.kind);

describe('findPersonalData', () => {
  it('finds resident ID numbers with a valid check digit', () => {
    expect(isValidResidentId(VALID_ID)).toBe(true);
    expect(isValidResidentId(WRONG_CHECK)).toBe(false);
    expect(findPersonalData(`患者身份证号${VALID_ID}，已隔离。`)).toEqual([
      { kind: '居民身份证号码', severity: 'error', value: VALID_ID, index: 6 },
    ]);
  });

  it('finds an 18-digit ID whose check digit is wrong: a typo still publishes birthday and region', () => {
    expect(looksLikeResidentId(WRONG_CHECK)).toBe(true);
    expect(errors(`身份证 ${WRONG_CHECK}`)).toEqual(['居民身份证号码']);
    // Not an ID: no such province (99), or no such day (February 30th).
    expect(errors('编号 990105194912310021')).not.toContain('居民身份证号码');
    expect(errors('编号 110105194902300021')).not.toContain('居民身份证号码');
  });

  it('finds 15-digit first-generation IDs', () => {
    expect(errors('老身份证 140105491231002')).toEqual(['居民身份证号码']);
  });

  it('finds IDs written with spaces, hyphens, dots, ideographic or non-breaking spaces, or full-width digits', () => {
    for (const written of [
      '110105 19491231 002X',
      '110105-19491231-002X',
      '110105.19491231.002X',
      '110105\u300019491231\u3000002X',
      '110105\u00a019491231\u00a0002X',
      '１１０１０５１９４９１２３１００２Ｘ',
    ]) {
      expect(errors(`身份证：${written}。`), written).toEqual(['居民身份证号码']);
    }
  });

  it('finds mobile numbers in every common spelling', () => {
    for (const number of [
      '13812345678',
      '138 1234 5678',
      '138-1234-5678',
      '+86 13812345678',
      '+86-138-1234-5678',
      '0086 138 1234 5678',
      '8613812345678',
      '138.1234.5678',
      '138\u30001234\u30005678',
      '138\u00a01234\u00a05678',
      '１３８１２３４５６７８',
      '１３８－１２３４－５６７８',
      '138 — 1234 — 5678',
    ]) {
      expect(errors(`联系${number}。`), number).toEqual(['手机号码']);
    }
  });

  it('finds a mobile number next to other numbers, or glued to letters', () => {
    expect(errors('热线 12345 13812345678')).toEqual(['手机号码']);
    expect(errors('Tel13812345678')).toEqual(['手机号码']);
    expect(errors('ID110105194912310021')).toEqual(['居民身份证号码']);
  });

  it('finds bank card numbers by their Luhn check', () => {
    expect(kinds('捐款账号 6222 0202 0000 0001 236')).toEqual(['银行卡号']);
    expect(kinds('卡号６２２２０２０２０００００００１２３６')).toEqual(['银行卡号']);
  });

  it('warns about landlines with their area code', () => {
    for (const number of [
      '0351-1234567',
      '0351-12345678',
      '(0351)12345678',
      '（0351）1234567',
      '0351 1234 5678',
      '010-12345678',
      '+86 351 1234567',
    ]) {
      expect(
        findPersonalData(`电话${number}`).map(({ kind, severity }) => `${kind}/${severity}`),
        number,
      ).toEqual(['固定电话号码/warning']);
    }
  });

  it('warns about e-mail addresses that are not the official contact', () => {
    expect(
      findPersonalData('请发邮件到 zhangsan1988@qq.com').map(({ kind, severity }) => `${kind}/${severity}`),
    ).toEqual(['电子邮箱/warning']);
    expect(kinds('请发邮件到 ｌｉｓｉ＠１６３.ｃｏｍ')).toEqual(['电子邮箱']);
    expect(kinds('请发邮件到 tyswmbzhc@163.com', { emails: ['tyswmbzhc@163.com'] })).toEqual([]);
  });

  it('warns about home addresses down to the building, unit or door', () => {
    for (const address of [
      '阳光小区3号楼2单元501室',
      '和平小区12号楼',
      '5栋1单元',
      '2单元301',
      '十二号楼三单元',
      '东村38号',
    ]) {
      expect(
        findPersonalData(`住在${address}。`).map(({ kind, severity }) => `${kind}/${severity}`),
        address,
      ).toEqual(['家庭住址/warning']);
    }
    expect(kinds('适合张贴在社区楼道、单元门口和小区宣传栏；一栋红色屋顶的村委会房屋。')).toEqual([]);
  });

  it('leaves dates, hotlines, document numbers and long counts alone', () => {
    const text =
      '2020年2月20日、2020-02-20、2020.02.20、2026-11-02 2027-05-02，热线12345、12320，并文明〔2020〕1号，共印70份，编号20200220000001，晋公网安备14010000000000号，网站标识码 1401000000。';
    expect(findPersonalData(text)).toEqual([]);
    expect(
      findPersonalData(
        'published: 2020-02-05\nreviewed: 2026-11-02\nnextReview: 2027-05-02\n- 2020-03-01\n- 2020-03-05',
      ),
    ).toEqual([]);
  });

  it('allows official numbers listed in settings, however they are written', () => {
    expect(findPersonalData('请拨打 400-123-4567 或 13912345678', ['139-1234-5678'])).toEqual([]);
    expect(findPersonalData('电话 0351-4223160、（0351）4223160', { numbers: ['0351-4223160'] })).toEqual([]);
  });

  it('masks numbers for reports', () => {
    expect(maskNumber('13812345678')).toBe('138****5678');
    expect(maskNumber('１３８ １２３４ ５６７８')).toBe('138****5678');
  });
});
