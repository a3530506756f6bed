import { SMS_TOPICS } from '../config/taxonomy';
import { smsLength, withSignature, type SmsLength } from '../lib/sms';
import { getPublished, getSettings, groupBy } from './entries';

/** An approved SMS as operators send it: signature included, counted by the SMS standard. */
export interface SmsText {
  readonly id: string;
  readonly title: string;
  readonly topic: (typeof SMS_TOPICS)[number];
  /** The whole message: signature first. */
  readonly text: string;
  readonly length: SmsLength;
  readonly approved: Date;
  /** Only ever true in `astro dev`, where editors preview drafts. */
  readonly draft: boolean;
}

/**
 * Texts on one page of the SMS section: all of a city's usual few dozen, and pages that stay far
 * under the 20 KB page budget however many texts are approved (7.8 KB gzipped for 100).
 */
export const SMS_PER_PAGE = 100;

/** Published SMS texts in topic order, newest first within a topic; the page and both downloads list them alike. */
export async function getSmsTexts(): Promise<SmsText[]> {
  const [{ smsSignature }, messages] = await Promise.all([getSettings(), getPublished('sms')]);
  const texts = messages.map(({ id, data }): SmsText => {
    const text = withSignature(data.text, smsSignature);
    return {
      id,
      title: data.title,
      topic: data.topic,
      text,
      length: smsLength(text),
      approved: data.approved,
      draft: data.draft,
    };
  });
  return [...groupBy(texts, (text) => text.topic, SMS_TOPICS).values()].flat();
}
