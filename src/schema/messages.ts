import type { Field } from './fields';

/** The parts of a zod 4 issue that editors' messages are made from. */
export interface IssueLike {
  readonly code?: string | undefined;
  readonly input?: unknown | undefined;
  readonly expected?: string | undefined;
  readonly minimum?: number | bigint | undefined;
  readonly maximum?: number | bigint | undefined;
  readonly origin?: string | undefined;
  readonly message?: string | undefined;
  readonly keys?: readonly string[] | undefined;
}

const describe = (value: unknown): string => {
  if (value === null) return '空值';
  if (value instanceof Date) return '日期';
  if (Array.isArray(value)) return '列表';
  return (
    { string: '文字', number: '数字', boolean: '是/否', object: '一组字段' }[typeof value as string] ?? typeof value
  );
};

const expectation = (field: Field): string => {
  switch (field.widget) {
    case 'date':
      return '请按“2020-02-20”的格式填写日期（年-月-日，用半角数字和短横线）';
    case 'boolean':
      return '请填写 true（是）或 false（否）';
    case 'number':
      return `请填写整数${field.min !== undefined && field.max !== undefined ? `（${field.min} 到 ${field.max}）` : ''}`;
    case 'select':
      return field.multiple
        ? `请写成列表，每项从以下选项中选择：${field.options.join('、')}`
        : `请从以下选项中选择一项：${field.options.join('、')}`;
    case 'list':
      return '请写成列表，例如 [口罩, 洗手]';
    case 'image':
      return field.multiple
        ? '请写成图片列表，每项包含图片路径 src 和替代文本 alt'
        : `请填写图片路径 src 和替代文本 alt${field.credit ? '，以及图片来源/作者 credit' : ''}`;
    case 'file':
      return '请先上传文件，再填写它在媒体库中的路径，例如 ../media/文件名';
    case 'relation':
      return '请填写所关联条目的文件名（不含扩展名）';
    case 'object':
    case 'objectList':
      return '请按 CMS 表单中的结构填写';
    default:
      return '请填写文字';
  }
};

/**
 * The Chinese message an editor sees for one failed field. It names the field by its CMS label and
 * says what to write instead; the file and the front-matter key are added by the caller.
 */
export function fieldIssueMessage(field: Field, issue: IssueLike): string {
  const label = `“${field.label}”`;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '')
        return `${label}必须填写。${expectation(field)}。`;
      return `${label}应为${field.widget === 'date' ? '日期' : '正确的格式'}，现在是${describe(issue.input)}。${expectation(field)}。`;
    case 'too_small':
      if (issue.origin === 'string') return `${label}不能为空。`;
      if (issue.origin === 'number') return `${label}不能小于 ${String(issue.minimum)}。`;
      return `${label}至少需要 ${String(issue.minimum)} 项。`;
    case 'too_big':
      if (issue.origin === 'string') {
        const length = typeof issue.input === 'string' ? [...issue.input].length : undefined;
        return `${label}最多 ${String(issue.maximum)} 个字${length === undefined ? '' : `，现在有 ${length} 个字`}，请删减。`;
      }
      if (issue.origin === 'number') return `${label}不能大于 ${String(issue.maximum)}。`;
      return `${label}最多 ${String(issue.maximum)} 项，请删减。`;
    case 'invalid_date':
      return `${label}“${String(issue.input)}”不是有效的日期。${expectation(field)}。`;
    case 'invalid_value':
      // A pick-list left out of the file altogether: say it is missing, not that “undefined” is not an option.
      if (issue.input === undefined || issue.input === null) return `${label}必须填写。${expectation(field)}。`;
      return `${label}的值“${String(issue.input)}”不在可选范围内。${expectation(field)}。`;
    case 'unrecognized_keys':
      return `${label}中有未知的项：${(issue.keys ?? []).join('、')}。请检查拼写，或删除这些项。`;
    default:
      return issue.message && /[\u4e00-\u9fff]/.test(issue.message)
        ? issue.message
        : `${label}填写有误。${expectation(field)}。`;
  }
}

/** Message for front-matter keys that no field declares (usually a typo, such as `titel`). */
export function unknownKeysMessage(keys: readonly string[], known: readonly Field[]): string {
  const names = known.map((field) => `${field.name}（${field.label}）`).join('、');
  return `有未知的字段：${keys.join('、')}。请检查拼写或删除。可用的字段有：${names}。`;
}
