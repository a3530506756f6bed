import { error, warning, type Problem } from './problem';

/**
 * Bodies are plain Markdown: nothing in them runs, and HTML or braces are shown as typed. What an
 * editor pasted from a program is still worth a warning, since readers would see it verbatim.
 */
export function bodyProblems(body: string, file: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  body.split('\n').forEach((line, index) => {
    if (/^(import|export)\s.+(from\s+['"]|=|\{)/.test(line)) {
      problems.push(
        warning(file, '正文这一行像是程序代码（import/export）。网站不运行正文里的代码，这一行会原样显示给读者；如不需要请删除。', {
          line: firstLine + index,
        }),
      );
    }
    if (/<script\b|javascript:/i.test(line)) {
      problems.push(error(file, '正文里有脚本代码（<script> 或 javascript:）。网站不允许在正文中嵌入脚本，请删除这一段。', { line: firstLine + index }));
    }
  });
  return problems;
}

/** MDX can run code at build time, so content is Markdown only. */
export const mdxFileProblem = (file: string): Problem =>
  error(
    file,
    '不支持 .mdx 文件：MDX 可以在构建时运行代码。请把扩展名改为 .md，删除其中的 import/export 语句、{表达式} 和组件标签，改用普通 Markdown（标题用“##”，列表用“-”）。',
  );
