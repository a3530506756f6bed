import { HONOURS, STORY_CATEGORIES } from '../config/taxonomy';
import { mailtoHref } from './mailto';

/**
 * 推荐身边好人: what a reader writes to the office to nominate a frontline exemplar. The categories and
 * honours are the plan's (part 2, section 3), read from the taxonomy so the letter matches the stories'
 * pick-lists. Asks for no ID number and says what is kept private.
 */
export const NOMINATION_SUBJECT = '推荐身边好人：（被推荐人姓名）';

/** The letter's lines: each a question to answer after its colon. */
export function nominationTemplate(): string {
  return [
    '被推荐人姓名或集体名称：',
    `类别（${STORY_CATEGORIES.map((category) => category.name).join('/')}）：`,
    '所在县（市、区）和单位：',
    `建议推荐评选（如${HONOURS.slice(0, 3).join('、')}，可不填）：`,
    '主要事迹（什么时间、在哪里、做了什么、帮助了谁）：',
    '',
    '证明人或相关报道（可不填）：',
    '被推荐人是否同意推荐和公开宣传：',
    '推荐人姓名和联系方式（仅用于核实，不公开）：',
    '',
    '（请勿填写身份证号码。）',
  ].join('\n');
}

/** The e-mail link that opens the reader's mail app with the template written in, addressed to the office. */
export const nominationMailto = (email: string): string =>
  mailtoHref(email, { subject: NOMINATION_SUBJECT, body: nominationTemplate() });
