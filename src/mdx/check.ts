import { mdxToMdast, type MdastNode } from 'satteri';
import { error, type Problem } from '../checks/problem';
import { attributeValueProblem, type MdxContext } from './attributes';
import { componentNamed, vocabulary } from './vocabulary';

export type { MdxContext } from './attributes';

const NAMES = vocabulary.map((component) => component.name).join('、');

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** The parser's own error (English, `line:column: reason (rule)`) as an editor's Chinese message. */
function parseFailure(message: string, file: string): Problem {
  const line = Number(/^(\d+):\d+/.exec(message)?.[1]) || undefined;
  const comment = /comment|!/.test(message) && /<!--|create a comment/.test(message);
  const advice = comment
    ? '文中不能写 HTML 注释“<!-- -->”，请删除。'
    : /closing tag|expected a corresponding|end of file|Unexpected lazy/i.test(message)
      ? '组件的开始标签和结束标签没有配对（例如 <提示> 后面缺少 </提示>），或结束标签前少了空行。请检查这一行附近的组件。'
      : '这里的“<”“{”等符号让文件无法读取。正文中要写小于号请用全角“＜”或写成“小于”，不要用花括号“{ }”；组件请照文档 docs/mdx.md 的例子书写。';
  return error(file, `MDX 文件无法读取（第 ${line ?? '?'} 行）：${advice}`, { line });
}

/**
 * Problems of an `.mdx` file, found by parsing it only (nothing is compiled or run): the file may
 * use the vocabulary's components with plain string attributes and Markdown, and nothing else.
 */
export function mdxProblems(text: string, file: string, context: MdxContext = {}): Problem[] {
  let root: MdastNode;
  try {
    root = mdxToMdast(text, { features: { frontmatter: true } });
  } catch (failure) {
    return [parseFailure(String((failure as Error).message ?? failure), file)];
  }
  const problems: Problem[] = [];
  const add = (node: Node, message: string) => problems.push(error(file, message, { line: node.position?.start.line }));

  const visit = (node: Node, parent: string | undefined) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          node,
          '文中有 import 或 export 语句。文章不能引入或定义代码，请删除这一行；需要的组件（提示、步骤、热线等）不用引入就能直接使用。',
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(
          node,
          `文中有花括号表达式“{${String(node.value ?? '').slice(0, 30)}}”。文章里的花括号会被当作程序运行，网站不允许。请删除花括号；要显示花括号请用全角“｛ ｝”。`,
        );
        return;
      case 'html':
        add(node, '文中有 HTML 代码。MDX 文章里不能写 HTML，请改用 Markdown 或组件。');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, parent);
        return;
    }
    for (const child of node.children ?? []) visit(child, parent);
  };

  const checkElement = (node: Node, parent: string | undefined) => {
    const name = node.name ?? '';
    const component = componentNamed(name);
    if (!component) {
      const what = name === '' ? '空标签“<>”' : /^[a-z]/.test(name) ? `HTML 标签“<${name}>”` : `组件“<${name}>”`;
      add(
        node,
        `文中的${what}不是网站提供的组件。只能使用：${NAMES}（见 docs/mdx.md）。请删除或改用其中一个；要显示尖括号请用全角“＜ ＞”。`,
      );
      return;
    }
    if (node.type === 'mdxJsxTextElement') {
      add(node, `组件“${name}”要单独成段：开始标签和结束标签各占一行，前后空一行。`);
    }
    if (component.onlyInside && parent !== component.onlyInside) {
      add(node, `“${name}”只能放在“${component.onlyInside}”里面。`);
    }
    if (typeof component.children === 'object' && parent === name) add(node, `“${name}”不能套在另一个“${name}”里。`);
    const seen = new Set<string>();
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute') {
        add(
          node,
          `组件“${name}”的属性里有花括号表达式“{${String(attribute.value ?? '').slice(0, 30)}}”。属性只能写成 名称="文字" 的形式，请删除花括号部分。`,
        );
        continue;
      }
      const declared = component.attributes.find((candidate) => candidate.name === attribute.name);
      if (!declared) {
        const allowed = component.attributes.map((candidate) => candidate.name).join('、');
        add(
          node,
          `组件“${name}”没有“${attribute.name}”这个属性${allowed ? `，只能写：${allowed}` : ''}。请删除或改正。`,
        );
        continue;
      }
      seen.add(declared.name);
      if (attribute.value === null || attribute.value === undefined) {
        add(node, `组件“${name}”的“${declared.name}”没有值，请写成 ${declared.name}="…"。`);
      } else if (typeof attribute.value !== 'string') {
        add(
          node,
          `组件“${name}”的“${declared.name}”写成了花括号表达式。属性只能写成 ${declared.name}="文字" 的形式，请改正。`,
        );
      } else {
        const problem = attributeValueProblem(declared, attribute.value, context);
        if (problem) add(node, `组件“${name}”：${problem}`);
      }
    }
    for (const declared of component.attributes) {
      if (declared.required && !seen.has(declared.name))
        add(node, `组件“${name}”缺少“${declared.name}”，请补上 ${declared.name}="…"。`);
    }
    const children = node.children ?? [];
    if (component.children === 'none' && children.length > 0) {
      add(node, `组件“${name}”里面不能写内容，请写成自闭合的 <${name} … />。`);
    }
    if (typeof component.children === 'object') {
      const item = component.children.items;
      for (const child of children) {
        // Components, code and HTML are reported by the visit below.
        if (child.type.startsWith('mdx') || child.type === 'html') continue;
        add(child, `“${name}”里面只能放“${item}”，不能直接写文字或其他内容。`);
      }
    }
    for (const child of children) visit(child, name);
  };

  for (const child of (root as unknown as Node).children ?? []) visit(child, undefined);
  // An element checked twice (a wrong child of an items-only block) reports once.
  const unique = new Map(problems.map((problem) => [`${problem.line}:${problem.message}`, problem]));
  return [...unique.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
