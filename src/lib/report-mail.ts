import { mailtoHref } from './mailto';
import { monthLabel } from './months';

/** Most pictures one report should carry, and the upload limit each must keep to (the CMS's). */
export const MAX_REPORT_PICTURES = 9;

/**
 * The fallback way to report (信息反馈) when the CMS cannot be used: a `mailto:` link to the 综合科
 * whose subject and body are the template of a report, so what arrives has everything the office
 * needs to publish it.
 */
export function reportMailto(email: string, month: string): string {
  const subject = `信息报送：××县（市、区）或单位 ${monthLabel(month)}工作动态`;
  const body = [
    '县（市、区）：（市直部门填“市直”）',
    '报送单位：',
    `所属月份：${monthLabel(month)}`,
    '标题：（不超过 60 字）',
    '摘要：（一到两句话，不超过 160 字）',
    '',
    '正文：（做了什么、何时何地、多少人参与、效果如何）',
    '',
    '',
    `图片：作为附件发送，最多 ${MAX_REPORT_PICTURES} 张，每张不超过 2 MB；请为每张写一句说明：`,
    '1. ',
    '',
    '联系人及办公电话：',
  ].join('\n');
  return mailtoHref(email, { subject, body });
}
