import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cueText, parseTimestamp, parseWebVtt, transcriptOf } from '../../src/media/webvtt';
import { CONTENT } from '../helpers/paths';

const problemOf = (text: string) => {
  const result = parseWebVtt(text);
  return 'problem' in result ? result.problem : undefined;
};

describe('WebVTT captions', () => {
  it('reads the sample captions, cue by cue', () => {
    for (const name of ['civility-psa.vtt', 'hand-washing-steps.vtt']) {
      const result = parseWebVtt(readFileSync(join(CONTENT, 'media', name), 'utf8'));
      expect('cues' in result && result.cues.length, name).toBeGreaterThanOrEqual(6);
    }
    const result = parseWebVtt(readFileSync(join(CONTENT, 'media', 'civility-psa.vtt'), 'utf8'));
    expect('cues' in result && result.cues[1]).toEqual({
      start: 3,
      end: 6.5,
      text: '出门戴口罩\n到人多的地方、乘公共交通要戴好',
      line: 9,
    });
  });

  it('takes a BOM, CRLF line ends, a header text, NOTE and STYLE blocks, hours left out and cue settings', () => {
    const text =
      '\uFEFFWEBVTT - 字幕\r\n\r\nNOTE 校对：市文明办\r\n\r\nSTYLE\r\n::cue { color: yellow }\r\n\r\n00:01.000 --> 00:02.500 align:center\r\n<v 旁白>出门戴口罩</v>\r\n';
    const result = parseWebVtt(text);
    expect(result).toEqual({ cues: [{ start: 1, end: 2.5, text: '<v 旁白>出门戴口罩</v>', line: 8 }] });
  });

  it('refuses SubRip saved as .vtt, bad times, times backwards, cues without text and files without cues', () => {
    expect(problemOf('1\n00:00:00,000 --> 00:00:03,000\n字幕\n')).toContain('第一行必须是“WEBVTT”');
    expect(problemOf('WEBVTT\n\n00:00:00,000 --> 00:00:03,000\n字幕\n')).toBe(
      '第 3 行：时间“00:00:00,000 --> 00:00:03,000”格式不对，应写成“00:00:01.000 --> 00:00:04.000”（毫秒前用英文句点）。',
    );
    expect(problemOf('WEBVTT\n\n00:00:05.000 --> 00:00:03.000\n字幕\n')).toBe('第 3 行：结束时间不晚于开始时间。');
    expect(problemOf('WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\n')).toBe('第 4 行：这段字幕没有文字。');
    expect(problemOf('WEBVTT\n\n只有文字，没有时间\n')).toContain('缺少时间行');
    expect(problemOf('WEBVTT\n')).toContain('没有任何字幕段');
    expect(problemOf('WEBVTTX\n\n00:01.000 --> 00:02.000\n字\n')).toContain('第一行必须是“WEBVTT”');
  });

  it('reads timestamps with and without hours, and nothing else', () => {
    expect(parseTimestamp('01:02:03.250')).toBe(3723.25);
    expect(parseTimestamp('02:03.250')).toBe(123.25);
    expect(parseTimestamp('2:03.250')).toBeUndefined();
    expect(parseTimestamp('00:60.000')).toBeUndefined();
  });

  it('gives a transcript: tags and entities gone, a caption’s lines joined, a repeated caption once', () => {
    expect(cueText('<v 旁白>勤洗手</v>\n<b>常通风</b> &amp; 戴口罩')).toBe('勤洗手常通风 & 戴口罩');
    const cues = [
      { start: 0, end: 1, text: '出门戴口罩', line: 3 },
      { start: 1, end: 2, text: '出门戴口罩', line: 6 },
      { start: 2, end: 3, text: '勤洗手\n常通风', line: 9 },
    ];
    expect(transcriptOf(cues)).toEqual(['出门戴口罩', '勤洗手常通风']);
  });
});
