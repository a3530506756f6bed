import { describe, expect, it } from 'vitest';
import { reportMailto } from '../../src/lib/report-mail';

describe('reportMailto', () => {
  const link = reportMailto('tyswmbzhc@163.com', '2020-02');
  const url = new URL(link);

  it('writes to the office with the month in the subject and the report template in the body', () => {
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('tyswmbzhc@163.com');
    expect(url.searchParams.get('subject')).toBe('信息报送：××县（市、区）或单位 2020年2月工作动态');
    const body = url.searchParams.get('body')!;
    for (const line of [
      '县（市、区）：',
      '报送单位：',
      '所属月份：2020年2月',
      '标题：',
      '正文：',
      '联系人及办公电话：',
    ])
      expect(body).toContain(line);
    expect(body).toMatch(/图片：作为附件发送，最多 9 张，每张不超过 2 MB/);
  });

  it('encodes spaces as %20, not +, so mail apps show them as spaces', () => {
    expect(link).not.toContain('+');
    expect(link).toContain('%20');
  });

  it('writes line breaks as %0D%0A, as RFC 6068 asks (the shared mailtoHref)', () => {
    expect(link).toContain('%0D%0A');
    expect(link).not.toMatch(/[^D]%0A/);
  });
});
