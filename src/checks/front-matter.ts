import { load, YAMLException } from 'js-yaml';
import { error, type Problem } from './problem';

export interface SplitEntry {
  readonly yaml: string;
  readonly body: string;
  /** Line of the file where the body starts. */
  readonly bodyLine: number;
}

/** Separates the `---` front matter of a Markdown file from its body. */
export function splitFrontMatter(text: string, file: string): SplitEntry | Problem {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    return error(
      file,
      '文件开头缺少“---”。Markdown 文件的第一行必须是三个半角短横线“---”，后面是字段，再用一行“---”结束。',
      { line: 1 },
    );
  }
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end === -1)
    return error(file, '字段区没有结束：请在最后一个字段后加一行“---”，再写正文。', { line: lines.length });
  return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

/**
 * Mistakes Chinese input methods make in YAML, found before the parser trips over them, so the
 * message says what happened rather than what the parser expected.
 */
function inputMethodMistakes(yaml: string, file: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  yaml.split('\n').forEach((line, index) => {
    const lineNumber = firstLine + index;
    if (/^\s*[A-Za-z_][\w-]*\s*：/.test(line)) {
      const key = line.trim().split('：')[0];
      problems.push(
        error(file, `字段“${key}”后面用了全角冒号“：”。请改成半角冒号加空格，例如“${key}: …”。`, {
          line: lineNumber,
          field: key,
        }),
      );
    }
    if (/^ *\t/.test(line)) {
      problems.push(
        error(file, '这一行用制表符（Tab）缩进。字段区只能用空格缩进，请把 Tab 换成两个空格。', { line: lineNumber }),
      );
    }
  });
  return problems;
}

/** Parses front matter (or a whole YAML file), with Chinese messages and line numbers. */
export function parseYaml(
  yaml: string,
  file: string,
  firstLine: number,
): { data: Record<string, unknown> } | { problems: Problem[] } {
  const early = inputMethodMistakes(yaml, file, firstLine);
  if (early.length > 0) return { problems: early };
  try {
    const data = load(yaml) ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { problems: [error(file, '字段区的格式不对：每一行应是“字段名: 内容”。', { line: firstLine })] };
    }
    return { data: data as Record<string, unknown> };
  } catch (cause) {
    const line = cause instanceof YAMLException ? firstLine + (cause.mark?.line ?? 0) : firstLine;
    const reason = cause instanceof YAMLException ? cause.reason : String(cause);
    return {
      problems: [
        error(
          file,
          `字段区格式有误（${reason}）。常见原因：冒号后少了空格、引号没有成对、缩进不齐，或内容里有“: ”“#”等符号时没有加引号。`,
          { line },
        ),
      ],
    };
  }
}

/** The line of a top-level front-matter key, for messages about that field. */
export function lineOfKey(yaml: string, key: string, firstLine: number): number | undefined {
  const index = yaml.split('\n').findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`${key} :`));
  return index === -1 ? undefined : firstLine + index;
}
