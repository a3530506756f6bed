import { describe, expect, it } from 'vitest';
import { knowledge, notices, posters, settings, sms, stories } from '../../src/schema/collections';
import { entryProblems, formatProblem } from '../../src/schema/validate';
import { readCollection } from '../helpers/content';
import { ROOT } from '../helpers/paths';
import { declarations } from '../../src/schema/collections';

const check = (declaration: Parameters<typeof entryProblems>[0], data: Record<string, unknown>, file: string) =>
  entryProblems(declaration, data, file, ROOT).map(formatProblem);

const goodKnowledge = {
  title: '勤洗手',
  summary: '用流动水和肥皂洗手。',
  published: new Date('2020-02-05'),
  source: '太原市卫生健康委员会',
  editor: '市文明办综合科',
  topic: '个人防护',
  audience: ['全体市民'],
  reviewed: '2026-11-02',
  nextReview: '2027-05-02',
  cover: { src: '../media/hand-washing.jpg', alt: '流动水下洗手的双手' },
};

describe('every sample entry', () => {
  for (const declaration of declarations) {
    it(`${declaration.name}: passes its schema`, () => {
      const problems = readCollection(declaration.name).flatMap((entry) =>
        entryProblems(declaration, entry.data, entry.file, ROOT).map(formatProblem),
      );
      expect(problems).toEqual([]);
    });
  }
});

describe('knowledge schema', () => {
  it('accepts a complete entry and fills defaults', () => {
    expect(check(knowledge, goodKnowledge, 'content/knowledge/a.md')).toEqual([]);
  });

  it('names file, field and fix for a missing title', () => {
    const { title: _, ...data } = goodKnowledge;
    expect(check(knowledge, data, 'content/knowledge/a.md')).toMatchInlineSnapshot(`
      [
        "content/knowledge/a.md，字段 title：“标题”必须填写。请填写文字。",
      ]
    `);
  });

  it('explains the date format when a date is written the Chinese way', () => {
    expect(check(knowledge, { ...goodKnowledge, reviewed: '2026年11月2日' }, 'content/knowledge/a.md'))
      .toMatchInlineSnapshot(`
      [
        "content/knowledge/a.md，字段 reviewed：“审核日期”“2026年11月2日”不是有效的日期。请按“2020-02-20”的格式填写日期（年-月-日，用半角数字和短横线）。",
      ]
    `);
  });

  it('rejects days that do not exist', () => {
    expect(check(knowledge, { ...goodKnowledge, nextReview: '2027-02-30' }, 'content/knowledge/a.md')).toHaveLength(1);
  });

  it('lists the allowed topics for an unknown one', () => {
    expect(check(knowledge, { ...goodKnowledge, topic: '防护' }, 'content/knowledge/a.md')).toMatchInlineSnapshot(`
      [
        "content/knowledge/a.md，字段 topic：“主题”的值“防护”不在可选范围内。请从以下选项中选择一项：个人防护、居家、出行、公共场所、心理健康、健康生活、生态文明、文明上网、关心关爱。",
      ]
    `);
  });

  it('says a pick-list left out is missing, not that “undefined” is not an option', () => {
    const { topic: _left, ...withoutTopic } = goodKnowledge as Record<string, unknown>;
    const [message] = check(knowledge, withoutTopic, 'content/knowledge/a.md');
    expect(message).toContain('“主题”必须填写');
    expect(message).not.toContain('undefined');
  });

  it('requires alt text on images', () => {
    expect(
      check(
        knowledge,
        { ...goodKnowledge, cover: { src: '../media/hand-washing.jpg', alt: ' ' } },
        'content/knowledge/a.md',
      ),
    ).toMatchInlineSnapshot(`
        [
          "content/knowledge/a.md，字段 cover.alt：“封面图片”的替代文本（alt）必须填写：用一句话描述图片内容，供视障读者使用。",
        ]
      `);
  });

  it('reports an image file that does not exist', () => {
    const problems = check(
      knowledge,
      { ...goodKnowledge, cover: { src: '../media/nope.jpg', alt: '图' } },
      'content/knowledge/a.md',
    );
    expect(problems).toEqual([
      'content/knowledge/a.md，字段 cover.src：找不到图片文件“../media/nope.jpg”。请确认图片已上传，路径相对于本文件填写，例如 ../media/photo.jpg。',
    ]);
  });

  it('flags a misspelt key instead of silently dropping it', () => {
    const problems = check(knowledge, { ...goodKnowledge, titel: '错字' }, 'content/knowledge/a.md');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('有未知的字段：titel');
  });

  it('refuses a next review before the last review', () => {
    expect(check(knowledge, { ...goodKnowledge, nextReview: '2020-01-01' }, 'content/knowledge/a.md')).toEqual([
      'content/knowledge/a.md，字段 nextReview：“下次审核”不能早于“审核日期”。',
    ]);
  });

  it('reports every problem at once', () => {
    const problems = check(
      knowledge,
      { ...goodKnowledge, title: '', topic: 1, audience: [] },
      'content/knowledge/a.md',
    );
    expect(problems.map((line) => line.split('，字段 ')[1]?.split('：')[0])).toEqual(['title', 'topic', 'audience']);
  });
});

describe('other collections', () => {
  it('checks the 文号 format of notices', () => {
    const notice = readCollection('notices').find((entry) => entry.id === 'wenming-2020-1');
    expect(notice).toBeDefined();
    expect(check(notices, { ...notice!.data, docNumber: '并文明[2020]1号' }, 'content/notices/x.md')).toEqual([
      'content/notices/x.md，字段 docNumber：“文号”应写成“并文明〔2020〕1号”的形式（六角括号〔〕）。',
    ]);
  });

  it('requires a poster to point at an article that exists', () => {
    const poster = readCollection('posters').find((entry) => entry.data.relatedKnowledge);
    expect(poster).toBeDefined();
    const { relatedKnowledge: _, relatedCustom: __, ...unlinked } = poster!.data;
    expect(check(posters, unlinked, 'content/posters/x.md')).toEqual([
      'content/posters/x.md，字段 relatedKnowledge：请在“关联的防疫知识”或“关联的文明新风”中至少选择一篇文章，海报上的二维码会指向它。',
    ]);
    expect(
      check(posters, { ...poster!.data, relatedKnowledge: 'no-such-article' }, 'content/posters/x.md')[0],
    ).toContain('找不到knowledge栏目中名为“no-such-article”的条目');
  });

  it('asks for the alt text and the credit of a poster picture, naming file and field', () => {
    const poster = readCollection('posters').find((entry) => entry.data.picture);
    expect(poster).toBeDefined();
    const picture = poster!.data.picture as { src: string; alt: string; credit: string };
    expect(check(posters, poster!.data, 'content/posters/x.md')).toEqual([]);
    expect(check(posters, { ...poster!.data, picture: { src: picture.src } }, 'content/posters/x.md')).toEqual([
      'content/posters/x.md，字段 picture.alt：“图片”的替代文本（alt）必须填写：用一句话描述图片内容，供视障读者使用。',
      'content/posters/x.md，字段 picture.credit：“图片”的来源或作者（credit）必须填写，例如“太原市文明办绘制”或摄影者姓名；它会印在图片旁边。',
    ]);
    expect(check(posters, { ...poster!.data, picture: { ...picture, credit: '  ' } }, 'content/posters/x.md')).toEqual([
      'content/posters/x.md，字段 picture.credit：“图片”的来源或作者（credit）必须填写，例如“太原市文明办绘制”或摄影者姓名；它会印在图片旁边。',
    ]);
    expect(
      check(posters, { ...poster!.data, picture: { ...picture, credit: '摄'.repeat(41) } }, 'content/posters/x.md'),
    ).toEqual(['content/posters/x.md，字段 picture.credit：“图片”的来源或作者不能超过 40 字。']);
    // A poster without a picture is fine: the picture is optional.
    const { picture: _, ...plain } = poster!.data;
    expect(check(posters, plain, 'content/posters/x.md')).toEqual([]);
  });

  it('refuses an SMS text that does not fit one message with the signature, giving the count', () => {
    const message = readCollection('sms').find((entry) => !entry.data.draft)!;
    const long = '请'.repeat(63); // 63 + 【太原市文明办】(8) = 71 > 70
    expect(check(sms, { ...message.data, text: long }, 'content/sms/x.yml')).toEqual([
      'content/sms/x.yml，字段 text：短信正文加上签名“【太原市文明办】”共 71 字，超过一条短信的 70 字，请删减 1 字。',
    ]);
    expect(check(sms, { ...message.data, text: '请'.repeat(62) }, 'content/sms/x.yml')).toEqual([]);
  });

  it('keeps story categories and districts to the declared lists', () => {
    const story = readCollection('stories')[0]!;
    const problems = check(stories, { ...story.data, district: '太原市', category: '医生' }, 'content/stories/x.md');
    expect(problems.map((line) => line.split('：')[0])).toEqual([
      'content/stories/x.md，字段 category',
      'content/stories/x.md，字段 district',
    ]);
  });

  it('validates the settings file', () => {
    const [site] = readCollection('settings');
    expect(check(settings, site!.data, 'content/settings/site.yml')).toEqual([]);
    expect(check(settings, { ...site!.data, siteCode: '123' }, 'content/settings/site.yml')).toEqual([
      'content/settings/site.yml，字段 siteCode：“网站标识码”应为 10 位数字或字母。',
    ]);
  });
});
