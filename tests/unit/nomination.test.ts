import { describe, expect, it } from 'vitest';
import { HONOURS, STORY_CATEGORIES } from '../../src/config/taxonomy';
import { MAILTO_MAX_LENGTH, mailtoHref } from '../../src/lib/mailto';
import { NOMINATION_SUBJECT, nominationMailto, nominationTemplate } from '../../src/lib/nomination';

/** What a mail app makes of a mailto: link: its address, subject and body, decoded. */
function openInMailApp(href: string) {
  const url = new URL(href);
  expect(url.protocol).toBe('mailto:');
  const fields = new Map(
    url.search
      .slice(1)
      .split('&')
      .map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]),
  );
  return { to: decodeURIComponent(url.pathname), subject: fields.get('subject'), body: fields.get('body') };
}

describe('mailto links', () => {
  it('percent-encodes Chinese, spaces and line breaks the way RFC 6068 asks', () => {
    const href = mailtoHref('office@example.cn', { subject: '推荐 好人', body: '第一行\n第二行&=?+#' });
    expect(href).toMatch(/^mailto:office@example\.cn\?subject=[^&]+&body=[^&]+$/);
    expect(href).not.toMatch(/[\s+#\u4e00-\u9fff]/);
    expect(href).toContain('%20');
    expect(href).toContain('%0D%0A');
    const opened = openInMailApp(href);
    expect(opened).toEqual({ to: 'office@example.cn', subject: '推荐 好人', body: '第一行\r\n第二行&=?+#' });
  });

  it('leaves the body out when there is none', () => {
    expect(mailtoHref('office@example.cn', { subject: '纠错' })).toBe(
      'mailto:office@example.cn?subject=%E7%BA%A0%E9%94%99',
    );
  });
});

describe('the 推荐身边好人 letter', () => {
  const template = nominationTemplate();

  it('opens the mail app addressed to the office, with the subject and the template', () => {
    const opened = openInMailApp(nominationMailto('tyswmbzhc@163.com'));
    expect(opened.to).toBe('tyswmbzhc@163.com');
    expect(opened.subject).toBe(NOMINATION_SUBJECT);
    expect(opened.body?.replace(/\r\n/g, '\n')).toBe(template);
  });

  it('stays short enough for mail apps that cut long links', () => {
    expect(nominationMailto('tyswmbzhc@163.com').length).toBeLessThan(MAILTO_MAX_LENGTH);
  });

  it('asks for the plan’s categories, the honours, the deeds, consent and a contact, and never for an ID number', () => {
    for (const category of STORY_CATEGORIES) expect(template).toContain(category.name);
    for (const honour of HONOURS.slice(0, 3)) expect(template).toContain(honour);
    for (const words of ['主要事迹', '是否同意', '仅用于核实，不公开', '请勿填写身份证号码'])
      expect(template).toContain(words);
    expect(template.split('\n').filter((line) => line.endsWith('：') && /身份证|证件号/.test(line))).toEqual([]);
  });
});
