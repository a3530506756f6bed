import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { markdownToMdast, type MdastNode } from 'satteri';
import sharp from 'sharp';
import { MAX_UPLOAD_BYTES } from '../schema/to-decap';
import { isInsideContent } from './paths';
import { error, warning, type Problem } from './problem';

/** An image an entry's body shows, with where it is written. */
export interface FoundImage {
  readonly src: string;
  readonly file: string;
  readonly line: number;
  /** Written as a reference (`![说明][名称]` and `[名称]: 路径`), which Astro does not treat as a local image. */
  readonly reference?: boolean;
}

/** The formats the site publishes, told by their first bytes (a renamed .docx is not an image). */
function sniffImage(path: string): string | undefined {
  const head = Buffer.alloc(16);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    readSync(fd, head, 0, 16, 0);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const ascii = (start: number, end: number) => head.subarray(start, end).toString('latin1');
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))) return 'avif';
  return undefined;
}

const PUBLISHED_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'avif'];

/**
 * Problems of one image file under `content/` (a path relative to `root`), wherever it sits: in
 * content/media/ or next to an entry. Every image gets the same rules, since an entry may show any of them.
 */
export async function imageFileProblems(root: string, file: string): Promise<Problem[]> {
  const path = resolve(root, file);
  const problems: Problem[] = [];
  if (statSync(path).size > MAX_UPLOAD_BYTES) {
    problems.push(
      error(
        file,
        `图片超过 ${MAX_UPLOAD_BYTES / 1_000_000} MB。请压缩或缩小后重新上传（长边 2000 像素以内足够网页使用）。`,
      ),
    );
  }
  try {
    const metadata = await sharp(path).metadata();
    if (!PUBLISHED_FORMATS.includes(metadata.format ?? '') || !sniffImage(path)) throw new Error(metadata.format);
    if (metadata.exif)
      problems.push(
        warning(
          file,
          '图片带有拍摄信息（EXIF，可能含拍摄地点）。发布时网站会自动去除，原图仍保存在仓库中；如涉及隐私，请用去除位置信息的图片替换。',
        ),
      );
  } catch {
    problems.push(error(file, '这不是有效的图片文件（JPG、PNG、WebP 或 GIF）。请重新导出图片后上传。'));
  }
  return problems;
}

/**
 * What is wrong with an entry's reference to a local image (`src` as written, relative to the
 * entry at `entryPath`, an absolute path), in Chinese; undefined when it names an image inside
 * `content/`. Body images are URLs, which Astro's Markdown processor decodes (`%20`); a front-matter
 * path is a file path, taken as written.
 */
export function imageReferenceProblem(
  root: string,
  entryPath: string,
  src: string,
  { isUrl = false } = {},
): string | undefined {
  let decoded = src;
  try {
    if (isUrl) decoded = decodeURI(src);
  } catch {
    // Written with a stray “%”: looked up as written.
  }
  const path = resolve(dirname(entryPath), decoded);
  if (statSync(path, { throwIfNoEntry: false }) === undefined) {
    return `找不到图片文件“${src}”。请确认图片已上传，路径相对于本文件填写，例如 ../media/photo.jpg。`;
  }
  if (!isInsideContent(root, path)) {
    return `图片“${src}”不在 content 文件夹里（或是指向外面的链接）。网站只发布 content 文件夹里的图片：请通过编辑后台上传图片，路径填写为 ../media/图片名。`;
  }
  if (!statSync(path).isFile() || !sniffImage(path)) {
    return `“${src}”不是图片文件。请选择 JPG、PNG、WebP 或 GIF 图片。`;
  }
  return undefined;
}

const walk = (node: MdastNode, visit: (node: MdastNode) => void): void => {
  visit(node);
  for (const child of (node as { children?: MdastNode[] }).children ?? []) walk(child, visit);
};

/**
 * The local images a Markdown body shows (`![替代文本](./photo.jpg)` and reference-style images),
 * as Astro's Markdown processor collects them: not a URL with a scheme, not a site path.
 */
export function imagesInBody(body: string, file: string, firstLine: number): FoundImage[] {
  if (!body.includes('![')) return [];
  const tree = markdownToMdast(body);
  const definitions = new Map<string, string>();
  const used: { url?: string; identifier?: string; line: number }[] = [];
  walk(tree, (node) => {
    const line = firstLine + (node.position?.start.line ?? 1) - 1;
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    else if (node.type === 'image') used.push({ url: node.url, line });
    else if (node.type === 'imageReference') used.push({ identifier: node.identifier, line });
  });
  const found: FoundImage[] = [];
  for (const image of used) {
    const src = image.url ?? definitions.get(image.identifier ?? '');
    if (!src || src.startsWith('/') || URL.canParse(src) || src.startsWith('#')) continue;
    found.push({ src, file, line: image.line, ...(image.url === undefined ? { reference: true } : {}) });
  }
  return found;
}

/** The body images of the check that do not name an image inside `content/`, each an error at its line. */
export function bodyImageProblems(root: string, images: readonly FoundImage[]): Problem[] {
  return images.flatMap((image) => {
    // Astro optimises and publishes only images written inline; a reference-style one would reach readers as a broken <img>.
    if (image.reference) {
      return [
        error(
          image.file,
          `正文中的图片“${image.src}”用了引用式写法（![说明][名称]），网站不会发布这样引用的图片，读者会看到一张坏图。请改为 ![说明](${image.src}) 的写法。`,
          { line: image.line },
        ),
      ];
    }
    const problem = imageReferenceProblem(root, resolve(root, image.file), image.src, { isUrl: true });
    return problem ? [error(image.file, `正文中的图片：${problem}`, { line: image.line })] : [];
  });
}
