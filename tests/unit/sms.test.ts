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

describe('withSignature', () => {
  it('puts the signature first and trims the text', () => {
    expect(withSignature(' 勤洗手。\n', '【太原市文明办】')).toBe('【太原市文明办】勤洗手。');
    expect(smsLength(withSignature('文'.repeat(62), '【太原市文明办】')).segments).toBe(1);
    expect(smsLength(withSignature('文'.repeat(63), '【太原市文明办】')).segments).toBe(2);
  });
});
