import { describe, expect, it } from 'vitest';
import { checkEntryText } from '../../src/checks/content-check';
import { formatProblems } from '../../src/checks/report';
import { ROOT } from '../helpers/paths';

const campaign = (kind: string) =>
  new TextEncoder().encode(
    [
      '---',
      'title: 文明医院创建要求',
      'summary: 医院在抗击疫情中的要求。',
      'published: 2020-02-20',
      'source: 太原市精神文明建设指导委员会办公室',
      'editor: 市文明办综合科',
      `kind: ${kind}`,
      '---',
      '',
      '正文。',
      '',
    ].join('\n'),
  );

describe('the content check on a campaign', () => {
  it('names the file, the line and the field of an unknown campaign kind, in Chinese, with the six kinds to choose from', () => {
    const report = formatProblems(checkEntryText(ROOT, 'campaigns', 'hospitals.md', campaign('文明医院')));
    expect(report).toMatchInlineSnapshot(
      `"  错误  content/campaigns/hospitals.md 第 7 行（kind）：“创建类别”的值“文明医院”不在可选范围内。请从以下选项中选择一项：文明城市、文明单位、文明村镇、文明社区、文明校园、文明家庭。"`,
    );
  });

  it('accepts each of the six kinds', () => {
    for (const kind of ['文明城市', '文明单位', '文明村镇', '文明社区', '文明校园', '文明家庭']) {
      expect(checkEntryText(ROOT, 'campaigns', 'a.md', campaign(kind)), kind).toEqual([]);
    }
  });
});
