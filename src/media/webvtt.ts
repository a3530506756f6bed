/**
 * WebVTT captions (https://www.w3.org/TR/webvtt1/), read as far as the site needs: whether a file
 * is captions a browser will show (a `WEBVTT` header, cues with valid times and text), and the
 * cues' text, which a video without a written transcript shows as its 文字稿.
 */

export interface Cue {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Line of the cue's timing line, from 1. */
  readonly line: number;
}

const TIME = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;

/** Seconds of a WebVTT timestamp (`00:01.500`, `01:02:03.250`), or undefined when it is not one. */
export function parseTimestamp(text: string): number | undefined {
  const match = TIME.exec(text);
  if (!match) return undefined;
  const [, hours = '0', minutes, seconds, millis] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) + Number(millis) / 1000;
}

/** The result of reading a captions file: its cues, or the first thing wrong with it (Chinese, with the line). */
export type WebVttResult = { readonly cues: readonly Cue[] } | { readonly problem: string };

/** Reads WebVTT text (a BOM and CRLF line ends are fine). */
export function parseWebVtt(input: string): WebVttResult {
  const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    return { problem: '不是 WebVTT 字幕：文件第一行必须是“WEBVTT”。请用字幕软件导出 .vtt 格式（不是 .srt 或 .txt）。' };
  }
  const cues: Cue[] = [];
  let index = 1;
  // The header's own lines run to the first blank line.
  while (index < lines.length && lines[index]!.trim() !== '') index++;
  while (index < lines.length) {
    while (index < lines.length && lines[index]!.trim() === '') index++;
    if (index >= lines.length) break;
    const block: { text: string; line: number }[] = [];
    while (index < lines.length && lines[index]!.trim() !== '') block.push({ text: lines[index]!, line: ++index });
    const first = block[0]!.text;
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first)) continue;
    const timingAt = first.includes('-->') ? 0 : 1;
    const timing = block[timingAt];
    if (!timing || !timing.text.includes('-->')) {
      return { problem: `第 ${block[0]!.line} 行：字幕段缺少时间行（应写成“00:00:01.000 --> 00:00:04.000”）。` };
    }
    const [startText = '', rest = ''] = timing.text.split('-->').map((part) => part.trim());
    const endText = rest.split(/[ \t]+/)[0] ?? '';
    const start = parseTimestamp(startText);
    const end = parseTimestamp(endText);
    if (start === undefined || end === undefined) {
      return {
        problem: `第 ${timing.line} 行：时间“${timing.text.trim()}”格式不对，应写成“00:00:01.000 --> 00:00:04.000”（毫秒前用英文句点）。`,
      };
    }
    if (end <= start) return { problem: `第 ${timing.line} 行：结束时间不晚于开始时间。` };
    const text = block
      .slice(timingAt + 1)
      .map((line) => line.text)
      .join('\n')
      .trim();
    if (text === '') return { problem: `第 ${timing.line} 行：这段字幕没有文字。` };
    cues.push({ start, end, text, line: timing.line });
  }
  if (cues.length === 0) return { problem: '字幕文件里没有任何字幕段。请导出带时间和文字的字幕。' };
  return { cues };
}

/** A cue's text as plain words: voice and styling tags (`<v 旁白>`, `<b>`) and entities removed. */
export const cueText = (text: string): string =>
  text
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s*\n\s*/g, '')
    .trim();

/** The captions as a transcript: one paragraph per cue, in order, repeated lines once. */
export function transcriptOf(cues: readonly Cue[]): string[] {
  const lines = cues.map((cue) => cueText(cue.text)).filter((line) => line !== '');
  return lines.filter((line, index) => line !== lines[index - 1]);
}
