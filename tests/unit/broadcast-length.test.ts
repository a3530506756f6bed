import { describe, expect, it } from 'vitest';
import {
  describeLength,
  formatReadingTime,
  paceOf,
  READING_PACES,
  readingSeconds,
  scriptLength,
  spokenLength,
} from '../../src/lib/broadcast-length';

describe('spokenLength', () => {
  it('counts Chinese characters and leaves out punctuation and white space', () => {
    expect(spokenLength('勤洗手，戴口罩。')).toBe(6);
    expect(spokenLength('各位村民：\n\n大家好！　现在播送“防疫提醒”……')).toBe(15);
  });

  it('counts every digit and letter, half- or full-width', () => {
    expect(spokenLength('拨打12320')).toBe(7);
    expect(spokenLength('１２３４５')).toBe(5);
    expect(spokenLength('下载App')).toBe(5);
  });

  it('counts nothing in an empty or punctuation-only text', () => {
    expect(spokenLength('')).toBe(0);
    expect(spokenLength('，。！？、；：“”（）——…… \n')).toBe(0);
  });

  it('counts a rare character outside the Basic Multilingual Plane once', () => {
    expect(spokenLength('𠀀好')).toBe(2);
  });
});

describe('reading time', () => {
  it('reads 200 characters of a 广播稿 in a minute, and 160 of a 顺口溜', () => {
    expect(paceOf('广播稿')).toBe(200);
    expect(paceOf('倡议')).toBe(200);
    expect(paceOf('快板')).toBe(180);
    expect(paceOf('顺口溜')).toBe(160);
    expect(readingSeconds(200, 200)).toBe(60);
    expect(readingSeconds(160, paceOf('顺口溜'))).toBe(60);
    expect(readingSeconds(500, 200)).toBe(150);
  });

  it('gives a kind without a pace of its own the prose pace', () => {
    expect(paceOf('评书')).toBe(READING_PACES.广播稿);
  });

  it('takes at least a second for any text and none for no text', () => {
    expect(readingSeconds(1, 200)).toBe(1);
    expect(readingSeconds(0, 200)).toBe(0);
  });

  it('refuses a pace that is not positive', () => {
    expect(() => readingSeconds(10, 0)).toThrow(RangeError);
  });

  it('says the time in minutes and seconds, to five seconds', () => {
    expect(formatReadingTime(7)).toBe('约 7 秒');
    expect(formatReadingTime(45)).toBe('约 45 秒');
    expect(formatReadingTime(60)).toBe('约 1 分钟');
    expect(formatReadingTime(92)).toBe('约 1 分 30 秒');
    expect(formatReadingTime(93)).toBe('约 1 分 35 秒');
    expect(formatReadingTime(178)).toBe('约 3 分钟');
  });

  it('describes a script by its count, pace and time', () => {
    const length = scriptLength('文'.repeat(310), '广播稿');
    expect(length).toEqual({ characters: 310, pace: 200, seconds: 93, time: '约 1 分 35 秒' });
    expect(describeLength(length)).toBe('310 字，按每分钟 200 字播读约 1 分 35 秒');
    expect(scriptLength('竹板这么一打呀，\n别的咱不夸，', '快板')).toMatchObject({
      characters: 12,
      pace: 180,
      seconds: 4,
    });
  });
});
