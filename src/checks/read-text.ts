import { readFileSync } from 'node:fs';
import { error, type Problem } from './problem';

/**
 * The text of a content file. UTF-8 with or without a BOM and with CRLF line ends (as Windows
 * editors save) is read correctly; anything that is not UTF-8 (GBK from old Office versions) is
 * reported, never guessed at.
 */
export function decodeContent(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      problem: error(
        file,
        '文件不是 UTF-8 编码（可能是 GBK 等旧编码），无法读取。请用记事本或编辑器“另存为”，编码选择 UTF-8 后重新保存。',
      ),
    };
  }
  return { text: text.replace(/\r\n?/g, '\n') };
}

/**
 * The one way code outside the check reads a content file (settings at config time, the review
 * report after the build): the same decoding as the check, so a file saved with a BOM or CRLF by a
 * Windows editor reads the same everywhere. A file that is not UTF-8 throws an Error whose message
 * is the check's Chinese explanation (the check has reported it already).
 */
export function readContentText(path: string, file: string = path): string {
  const decoded = decodeContent(readFileSync(path), file);
  if ('problem' in decoded) throw new Error(`${decoded.problem.file}：${decoded.problem.message}`);
  return decoded.text;
}
