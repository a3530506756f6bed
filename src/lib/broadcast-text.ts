/**
 * A loudspeaker script (广播稿) is plain text written to be read aloud: its Markdown body holds
 * paragraphs separated by blank lines, and the lines of a 顺口溜 or 快板 one per line. These helpers
 * take the text as read from the body and write the plain-text download.
 */

/** The script as read: lines trimmed, Markdown hard breaks removed, at most one blank line between paragraphs. */
export function scriptText(body: string): string {
  return body
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\\$/, '').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The paragraphs of a script, each a list of its lines. */
export const scriptParagraphs = (text: string): string[][] =>
  text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.split('\n').filter((line) => line !== ''))
    .filter((lines) => lines.length > 0);

/** Markdown a script should not have: a speaker would read the marks, or the page would differ from the text file. */
const MARKUP: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /^#{1,6}\s/, what: '标题符号“#”' },
  { pattern: /^\s*[-*+]\s/, what: '列表符号' },
  { pattern: /^\s*\d+[.)]\s/, what: '编号列表' },
  { pattern: /^\s*>/, what: '引用符号“>”' },
  { pattern: /!?\[[^\]]*\]\([^)]*\)/, what: '链接或图片' },
  { pattern: /\*\*|__/, what: '加粗符号' },
  { pattern: /<\/?[a-z][^>]*>/i, what: '网页代码' },
];

/** Lines of a body with Markdown markup, 1-based within the body, with what was found. */
export function scriptMarkup(body: string): { line: number; what: string }[] {
  const found: { line: number; what: string }[] = [];
  body.split(/\r?\n/).forEach((line, index) => {
    const match = MARKUP.find(({ pattern }) => pattern.test(line));
    if (match) found.push({ line: index + 1, what: match.what });
  });
  return found;
}

/** What the text download says about one script. */
export interface ScriptFile {
  readonly title: string;
  readonly kind: string;
  readonly audience: readonly string[];
  readonly topic: string;
  /** The script as read (scriptText). */
  readonly text: string;
  /** `312 字，按每分钟 200 字播读约 1 分 35 秒` */
  readonly length: string;
  readonly source: string;
  /** Whether the script is a sample written for the site (marked 示例). */
  readonly sample: boolean;
  /** `2020年2月5日` */
  readonly published: string;
  readonly updated?: string;
  /** The page's public address. */
  readonly url: string;
  readonly siteName: string;
}

const RULE = '—'.repeat(16);

/**
 * The `.txt` download: title, the facts a cadre needs before reading, the script as read, then its source
 * and date. UTF-8 without a BOM and CRLF line ends, so any phone or Windows Notepad shows it as written.
 */
export function scriptTxt(file: ScriptFile): string {
  const lines = [
    file.title,
    `体裁：${file.kind}　适用：${file.audience.join('、')}　主题：${file.topic}`,
    `篇幅：${file.length}`,
    RULE,
    '',
    file.text,
    '',
    RULE,
    `来源：${file.source}${file.sample ? '（示例稿）' : ''}`,
    `发布日期：${file.published}`,
    ...(file.updated ? [`更新日期：${file.updated}`] : []),
    `网页版：${file.url}`,
    `下载自${file.siteName}`,
  ];
  return `${lines.join('\n').replace(/\n/g, '\r\n')}\r\n`;
}
