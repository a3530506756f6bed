import { describe, expect, it } from 'vitest';
import { scriptMarkup, scriptParagraphs, scriptText, scriptTxt, type ScriptFile } from '../../src/lib/broadcast-text';

describe('scriptText', () => {
  it('keeps lines and paragraphs, trims each line and folds runs of blank lines', () => {
    expect(scriptText('\n\n  竹板这么一打呀，  \r\n别的咱不夸，\r\n\r\n\r\n\r\n夸一夸文明人家。\n\n')).toBe(
      '竹板这么一打呀，\n别的咱不夸，\n\n夸一夸文明人家。',
    );
  });

  it('drops a BOM and Markdown hard-break backslashes', () => {
    expect(scriptText('\ufeff第一句\\\n第二句')).toBe('第一句\n第二句');
  });

  it('splits paragraphs into their lines', () => {
    expect(scriptParagraphs('一句\n二句\n\n三句')).toEqual([['一句', '二句'], ['三句']]);
    expect(scriptParagraphs('')).toEqual([]);
  });
});

describe('scriptMarkup', () => {
  it('finds the Markdown marks a speaker would read out, by line', () => {
    const body = [
      '各位村民：',
      '## 洗手',
      '- 勤洗手',
      '1. 戴口罩',
      '> 示例',
      '请看[通知](/notices/)',
      '要**牢记**',
      '<b>注意</b>',
      '一是不信谣。',
    ].join('\n');
    expect(scriptMarkup(body)).toEqual([
      { line: 2, what: '标题符号“#”' },
      { line: 3, what: '列表符号' },
      { line: 4, what: '编号列表' },
      { line: 5, what: '引用符号“>”' },
      { line: 6, what: '链接或图片' },
      { line: 7, what: '加粗符号' },
      { line: 8, what: '网页代码' },
    ]);
  });

  it('finds nothing in plain prose with numbers and Chinese list words', () => {
    expect(scriptMarkup('一是不信谣。\n拨打12320。\n保持1米以上距离。')).toEqual([]);
  });
});

describe('scriptTxt', () => {
  const file: ScriptFile = {
    title: '勤洗手　戴口罩',
    kind: '广播稿',
    audience: ['村', '社区'],
    topic: '疫情防护',
    text: '各位村民：\n\n勤洗手，\n戴口罩。',
    length: '10 字，按每分钟 200 字播读约 3 秒',
    source: '太原市文明办',
    sample: true,
    published: '2020年2月6日',
    url: 'https://wenming.example/broadcasts/wash/',
    siteName: '太原文明网',
  };

  it('starts with the title, without a BOM, and ends every line with CRLF', () => {
    const text = scriptTxt(file);
    expect(text.startsWith('勤洗手　戴口罩\r\n')).toBe(true);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('gives the facts, the lines as read, the source (marked as a sample), the date and the address', () => {
    const lines = scriptTxt(file).split('\r\n');
    expect(lines).toContain('体裁：广播稿　适用：村、社区　主题：疫情防护');
    expect(lines).toContain('篇幅：10 字，按每分钟 200 字播读约 3 秒');
    const start = lines.indexOf('各位村民：');
    expect(lines.slice(start, start + 4)).toEqual(['各位村民：', '', '勤洗手，', '戴口罩。']);
    expect(lines).toContain('来源：太原市文明办（示例稿）');
    expect(lines).toContain('发布日期：2020年2月6日');
    expect(lines).toContain('网页版：https://wenming.example/broadcasts/wash/');
    expect(lines.indexOf('来源：太原市文明办（示例稿）')).toBeGreaterThan(start);
  });

  it('names an update and leaves a real source unmarked', () => {
    const lines = scriptTxt({ ...file, sample: false, updated: '2020年3月1日' }).split('\r\n');
    expect(lines).toContain('来源：太原市文明办');
    expect(lines).toContain('更新日期：2020年3月1日');
  });
});
