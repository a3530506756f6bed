import { describe, expect, it } from 'vitest';
import { mdxProblems } from '../../src/mdx/check';

const FRONT = '---\ntitle: 测试\n---\n\n';
const context = { posters: new Set(['wear-masks']), media: new Set(['hand-washing.jpg', 'demo.webm', 'demo.vtt']) };
const check = (body: string) => mdxProblems(FRONT + body, 'content/knowledge/x.mdx', context);
/** The one error for `body`, with the line it names (front matter counts: the body starts on line 5). */
const only = (body: string) => {
  const problems = check(body);
  expect(problems.length, JSON.stringify(problems)).toBeGreaterThan(0);
  expect(problems.every((problem) => problem.severity === 'error' && problem.file === 'content/knowledge/x.mdx')).toBe(
    true,
  );
  return problems;
};

describe('the MDX check', () => {
  it('accepts every component of the vocabulary written as documented', () => {
    const body = [
      '<提示 级别="紧急" 标题="立即就医">\n发热、干咳请**立即**就医。\n</提示>',
      '<步骤 标题="七步洗手法">\n\n1. 内：掌心相对搓。\n2. 外：手心对手背搓。\n\n</步骤>',
      '<热线 名称="市民服务热线" 号码="12345" 时间="24 小时" />',
      '<海报 编号="wear-masks" />',
      '<问答 标题="常见问题">\n<问 题="口罩能重复用吗？">\n不建议。\n</问>\n</问答>',
      '<视频 文件="demo.webm" 字幕="demo.vtt" 封面="hand-washing.jpg" 标题="演示" />',
      '<图组 说明="现场">\n<图 图片="hand-washing.jpg" 替代文本="洗手" 说明="洗手" />\n</图组>',
      '普通 Markdown：[链接](/knowledge/masks/)。',
    ].join('\n\n');
    expect(check(body)).toEqual([]);
  });

  it('refuses export and import, naming the line', () => {
    const [exported] = only('正文\n\nexport const x = require("node:fs").writeFileSync("/tmp/pwned", "x")\n');
    expect(exported!.message).toContain('import 或 export');
    expect(exported!.line).toBe(7);
    expect(only("import fs from 'node:fs'\n\n正文")[0]!.message).toContain('import 或 export');
  });

  it('refuses expressions in text and in flow', () => {
    expect(only("{(await import('node:fs')).writeFileSync('/tmp/x', '')}")[0]!.message).toContain('花括号表达式');
    const [inline] = only('第一段\n\n洗手 {1 + 1} 次');
    expect(inline!.message).toContain('花括号');
    expect(inline!.line).toBe(7);
    expect(only('{/* 注释 */}')[0]!.message).toContain('花括号');
  });

  it('refuses components outside the vocabulary, HTML written as JSX and member names', () => {
    expect(only('<Foo />')[0]!.message).toContain('不是网站提供的组件');
    expect(only('<div>文字</div>')[0]!.message).toContain('HTML 标签“<div>”');
    expect(only('<script>alert(1)</script>')[0]!.message).toContain('不是网站提供的组件');
    expect(only('<a.b />')[0]!.message).toContain('不是网站提供的组件');
    expect(only('<>片段</>')[0]!.message).toContain('不是网站提供的组件');
    expect(only('文字里 <提示>行内</提示> 组件')[0]!.message).toContain('单独成段');
  });

  it('refuses attribute expressions, spreads, undeclared attributes and wrong types', () => {
    expect(only('<热线 名称="a" 号码={12345} />')[0]!.message).toContain('花括号表达式');
    expect(only('<提示 {...x}>\n文字\n</提示>')[0]!.message).toContain('花括号表达式');
    expect(only('<提示 onClick="alert(1)">\n文字\n</提示>')[0]!.message).toContain('没有“onClick”这个属性');
    expect(only('<提示 级别="危险">\n文字\n</提示>')[0]!.message).toContain('不在可选范围内');
    expect(only('<热线 名称="a" 号码="javascript:alert(1)" />')[0]!.message).toContain('不是有效的电话号码');
    expect(only('<热线 名称="a" />')[0]!.message).toContain('缺少“号码”');
    expect(only('<热线 名称="{x}" 号码="12345" />')[0]!.message).toContain('花括号');
    expect(only('<提示 级别>\n文字\n</提示>')[0]!.message).toContain('没有值');
    expect(only('<海报 编号="no-such-poster" />')[0]!.message).toContain('找不到编号');
    expect(
      only('<视频 文件="https://evil.example/x.mp4" 字幕="demo.vtt" 封面="hand-washing.jpg" 标题="x" />')[0]!.message,
    ).toContain('不是视频');
  });

  it('refuses bad content nested inside allowed components', () => {
    const [foo] = only('<步骤 标题="七步洗手法">\n\n1. 内\n2. <Foo />\n\n</步骤>');
    expect(foo!.message).toContain('“<Foo>”');
    expect(foo!.line).toBe(8);
    expect(only('<提示>\n<提示 onClick="x">\n里层\n</提示>\n</提示>')[0]!.message).toContain('onClick');
    expect(only('<问答>\n<问 题="a">\n{process.exit(1)}\n</问>\n</问答>')[0]!.message).toContain('花括号');
    expect(only('<问答>\n随便写的文字\n</问答>')[0]!.message).toContain('只能放“问”');
    expect(only('<问 题="单独的问题">\n回答\n</问>')[0]!.message).toContain('只能放在“问答”里');
    expect(only('<热线 名称="a" 号码="12345">\n里面的字\n</热线>')[0]!.message).toContain('不能写内容');
  });

  it('explains a file the parser cannot read with its line instead of a stack trace', () => {
    const [problem] = only('第一段\n\n<!-- 注释 -->');
    expect(problem!.message).toMatch(/^MDX 文件无法读取（第 7 行）/);
    expect(problem!.line).toBe(7);
    expect(only('<提示>\n没有结束标签')[0]!.message).toContain('MDX 文件无法读取');
  });
});
