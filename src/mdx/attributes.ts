import { CAPTIONS_PATTERN, IMAGE_PATTERN, PHONE_PATTERN, VIDEO_PATTERN, type AttributeDeclaration } from './vocabulary';

/** What the site has that an attribute may name: poster ids and media file names. */
export interface MdxContext {
  readonly posters?: ReadonlySet<string>;
  readonly media?: ReadonlySet<string>;
}

/**
 * Why a (string) attribute value is not acceptable, in Chinese, or undefined when it is. Values are
 * only ever plain strings; braces are refused even inside quotes, so nothing that looks like code
 * reaches a page.
 */
export function attributeValueProblem(
  attribute: AttributeDeclaration,
  value: string,
  context: MdxContext = {},
): string | undefined {
  const label = `“${attribute.name}”`;
  if (/[{}]/.test(value))
    return `${label}的值里有花括号“{ }”。组件的属性只能写普通文字，不能写代码或表达式，请删去花括号。`;
  if (attribute.required && value.trim() === '') return `${label}必须填写。`;
  if (value.trim() === '') return undefined;
  switch (attribute.type) {
    case 'select':
      return attribute.options?.includes(value)
        ? undefined
        : `${label}的值“${value}”不在可选范围内，只能是：${attribute.options?.join('、')}。`;
    case 'phone':
      return PHONE_PATTERN.test(value)
        ? undefined
        : `${label}“${value}”不是有效的电话号码：只写数字和“-”，例如 12345 或 0351-1234567。`;
    case 'poster':
      if (!/^[\w-]+$/.test(value))
        return `${label}“${value}”不是海报编号：请填写海报的文件名（不含 .md），例如 wear-masks。`;
      return !context.posters || context.posters.has(value)
        ? undefined
        : `找不到编号为“${value}”的海报。请在“宣传海报”栏目中确认文件名（不含 .md）。`;
    case 'image':
    case 'video':
    case 'captions': {
      const pattern =
        attribute.type === 'image' ? IMAGE_PATTERN : attribute.type === 'video' ? VIDEO_PATTERN : CAPTIONS_PATTERN;
      const kind =
        attribute.type === 'image'
          ? '图片（.jpg、.png、.webp）'
          : attribute.type === 'video'
            ? '视频（.mp4 或 .webm）'
            : 'WebVTT 字幕（.vtt）';
      if (!pattern.test(value))
        return `${label}“${value}”不是${kind}文件名。只填媒体库中的文件名，例如 hand-washing.jpg，不要写路径或网址。`;
      return !context.media || context.media.has(value)
        ? undefined
        : `${label}指向的文件“${value}”不在媒体库（content/media）中。请先上传，或改正文件名。`;
    }
    default:
      return undefined;
  }
}
