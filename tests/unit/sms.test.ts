import { describe, expect, it } from 'vitest';
import { smsEncoding, smsLength, withSignature } from '../../src/lib/sms';

describe('smsLength', () => {
  it('fits exactly 70 Chinese characters in one SMS', () => {
    expect(smsLength('文'.repeat(70))).toMatchObject({ encoding: 'UCS-2', characters: 70, units: 70, segments: 1 });
  });

  it('splits 71 Chinese characters into two parts of at most 67', () => {
    expect(smsLength('文'.repeat(71)).segments).toBe(2);
    expect(smsLength('文'.repeat(134)).segments).toBe(2);
    expect(smsLength('文'.repeat(135)).segments).toBe(3);
  });

  it('counts an emoji (outside the Basic Multilingual Plane) as two UCS-2 units', () => {
    const message = '文'.repeat(68) + '😷';
    expect(smsLength(message)).toMatchObject({ characters: 69, units: 70, segments: 1 });
    expect(smsLength('文'.repeat(69) + '😷')).toMatchObject({ characters: 70, units: 71, segments: 2 });
  });

  it('counts rare CJK characters from extension B as two units', () => {
    expect(smsLength('𠀀')).toMatchObject({ characters: 1, units: 2 });
  });

  it('switches the whole message to UCS-2 for one Chinese character', () => {
    expect(smsEncoding('Wash hands 20s')).toBe('GSM-7');
    expect(smsEncoding('Wash hands 洗手')).toBe('UCS-2');
    expect(smsLength('a'.repeat(69) + '手').segments).toBe(1);
    expect(smsLength('a'.repeat(70) + '手').segments).toBe(2);
  });

  it('uses 160 and 153 for all-GSM text, extension characters counting twice', () => {
    expect(smsLength('a'.repeat(160)).segments).toBe(1);
    expect(smsLength('a'.repeat(161)).segments).toBe(2);
    expect(smsLength('a'.repeat(159) + '€')).toMatchObject({ units: 161, segments: 2 });
  });

  it('counts full-width punctuation as Chinese text', () => {
    expect(smsEncoding('，')).toBe('UCS-2');
  });

  it('has no segments for an empty message', () => {
    expect(smsLength('').segments).toBe(0);
  });
});

describe('smsLength at the edges of one SMS', () => {
  const SIGNATURE = '【太原市文明办】';
  const signed = (text: string) => withSignature(text, SIGNATURE);

  it('counts the signature: 62 characters of text fit, 63 do not', () => {
    expect(smsLength(signed('文'.repeat(62)))).toMatchObject({ characters: 70, units: 70, segments: 1 });
    expect(smsLength(signed('文'.repeat(63)))).toMatchObject({ characters: 71, units: 71, segments: 2 });
  });

  it('counts a character from CJK extension B as two at the 70/71 boundary', () => {
    expect(smsLength('文'.repeat(68) + '𠮷')).toMatchObject({ characters: 69, units: 70, segments: 1 });
    expect(smsLength('文'.repeat(69) + '𠮷')).toMatchObject({ characters: 70, units: 71, segments: 2 });
  });

  it('counts an emoji made of several code points by its UTF-16 units', () => {
    // 👨‍👩‍👧: three emoji joined by two zero-width joiners, eight units in all.
    expect(smsLength('👨‍👩‍👧')).toMatchObject({ encoding: 'UCS-2', characters: 5, units: 8 });
    // A flag is two regional indicators outside the BMP; ❤️ is a BMP heart plus a variation selector.
    expect(smsLength('🇨🇳').units).toBe(4);
    expect(smsLength('❤️').units).toBe(2);
    expect(smsLength('文'.repeat(66) + '🇨🇳').segments).toBe(1);
    expect(smsLength('文'.repeat(67) + '🇨🇳').segments).toBe(2);
  });

  it('switches an otherwise GSM-7 text to UCS-2 for an emoji', () => {
    expect(smsLength('Stay home 😷')).toMatchObject({ encoding: 'UCS-2', units: 12, singleLimit: 70 });
  });

  it('never splits a surrogate pair across parts of a long message', () => {
    // 66 + 2 + 66 = 134 units: two parts of 67 by arithmetic, but the emoji cannot be cut, so three.
    expect(smsLength('文'.repeat(66) + '😷' + '文'.repeat(66))).toMatchObject({ units: 134, segments: 3 });
    expect(smsLength('文'.repeat(65) + '😷' + '文'.repeat(67))).toMatchObject({ units: 134, segments: 2 });
  });

  it('never splits a GSM-7 escape sequence across parts', () => {
    // 152 + 2 + 152 = 306 septets: two parts of 153 by arithmetic, but € cannot be cut, so three.
    expect(smsLength('a'.repeat(152) + '€' + 'a'.repeat(152))).toMatchObject({ units: 306, segments: 3 });
    expect(smsLength('a'.repeat(151) + '€' + 'a'.repeat(153))).toMatchObject({ units: 306, segments: 2 });
  });
});

describe('withSignature', () => {
  it('puts the signature first and trims the text', () => {
    expect(withSignature(' 勤洗手。\n', '【太原市文明办】')).toBe('【太原市文明办】勤洗手。');
    expect(smsLength(withSignature('文'.repeat(62), '【太原市文明办】')).segments).toBe(1);
    expect(smsLength(withSignature('文'.repeat(63), '【太原市文明办】')).segments).toBe(2);
  });
});
