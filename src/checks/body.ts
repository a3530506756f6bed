import { describeScheme, isRemoteUrl, isSafeUrl } from '../lib/safe-url';
import { urlsInBody } from '../markdown/body-urls';
import { error, warning, type Problem } from './problem';

/**
 * The largest content file accepted: 200 KB of text is some 65,000 Chinese characters, ten times the
 * longest real article or notice; anything bigger is a paste gone wrong (a whole document, an
 * embedded file) and would make pages and feeds of several megabytes.
 */
export const MAX_TEXT_BYTES = 200 * 1024;

export function sizeProblem(text: string, file: string): Problem | undefined {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= MAX_TEXT_BYTES) return undefined;
  return error(
    file,
    `文件太大（${Math.ceil(bytes / 1024)} KB）：一篇内容最多 200 KB 文字（约 6 万个汉字），真实文章远小于此。请检查是否误粘贴了整份文档或文件内容，拆分成几篇或删去多余部分。`,
  );
}

const KIND_LABEL = { link: '链接', image: '图片', definition: '链接定义' } as const;

/** Links and images whose address runs script or loads from another site (see src/lib/safe-url.ts). */
export function urlProblems(body: string, file: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  for (const { url, kind, line } of urlsInBody(body)) {
    const where = { line: firstLine + line - 1 };
    if (!isSafeUrl(url)) {
      problems.push(
        error(
          file,
          `${KIND_LABEL[kind]}的地址以“${describeScheme(url)}”开头，这类地址可能运行脚本或带入外部内容，网站不会发布。链接只能是站内路径（如 /knowledge/…/）、http(s):// 网址、mailto: 邮箱或 tel: 电话，请改正或删除。`,
          where,
        ),
      );
    } else if (kind === 'image' && isRemoteUrl(url)) {
      problems.push(
        error(
          file,
          `正文图片“${url.slice(0, 60)}”来自其他网站。外站图片会把读者的访问记录交给对方，且网站的安全策略不允许加载外站图片（读者看到的是空白）。请把图片下载后上传到网站（CMS 中“插入图片”），再引用上传后的图片。`,
          where,
        ),
      );
    }
  }
  return problems;
}

/**
 * Bodies are plain Markdown: nothing in them runs, and HTML or braces are shown as typed. What an
 * editor pasted from a program is still worth a warning, since readers would see it verbatim.
 */
export function bodyProblems(body: string, file: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  body.split('\n').forEach((line, index) => {
    if (/^(import|export)\s.+(from\s+['"]|=|\{)/.test(line)) {
      problems.push(
        warning(
          file,
          '正文这一行像是程序代码（import/export）。网站不运行正文里的代码，这一行会原样显示给读者；如不需要请删除。',
          {
            line: firstLine + index,
          },
        ),
      );
    }
    if (/<script\b/i.test(line)) {
      problems.push(
        error(file, '正文里有脚本代码（<script>）。网站不允许在正文中嵌入脚本，请删除这一段。', {
          line: firstLine + index,
        }),
      );
    }
  });
  problems.push(...urlProblems(body, file, firstLine));
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Only article collections take MDX (src/mdx/collections.ts); elsewhere content is Markdown or YAML only. */
export const mdxFileProblem = (file: string): Problem =>
  error(
    file,
    '这个栏目不支持 .mdx 文件（只有防疫知识、文明新风、先进典型、通知公告、工作动态可以使用组件）。请把扩展名改为 .md，删除其中的组件标签，改用普通 Markdown（标题用“##”，列表用“-”）。',
  );
