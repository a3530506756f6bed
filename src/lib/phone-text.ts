import { telHref } from './urls';

/** A piece of text: plain, or a telephone number to make tappable. */
export type PhonePiece = { readonly text: string } | { readonly number: string; readonly href: string };

/** Landlines with their area code (0351-4223160): always a number. */
const LANDLINE = String.raw`0\d{2,3}-\d{7,8}`;
/** Short service numbers (110, 119, 120, 122; 12320, 12345, 12356 …): numbers only where the words around say so. */
const SERVICE = String.raw`1[12]\d|12\d{3}`;
const NUMBER = new RegExp(String.raw`(?<![\d\-－.])(?:${LANDLINE}|${SERVICE})(?![\d\-－.%％])`, 'g');
/** Words that make a short number a telephone number: before it (拨打 120) or after it (12345 热线). */
const CALL_BEFORE = /(拨打|拨|打|电话|热线|呼叫|致电|求助|报警|急救|咨询|联系)[^。！？\n]{0,12}$/;
const CALL_AFTER = /^[^。！？，,\n\d]{0,6}(热线|电话|急救|报警|服务台|求助)/;

/**
 * Splits `text` where telephone numbers are, so each can become a `tel:` link (what editors write
 * in articles and summaries: “请拨打 12345 政务服务便民热线”, “立即拨打 120”). Mobile numbers never
 * reach here: the content check refuses them as personal data. A short number counts only with a
 * calling word near it, so “120 平方米” or “2020 年” stay text.
 */
export function splitPhoneNumbers(text: string): PhonePiece[] {
  const pieces: PhonePiece[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER)) {
    const number = match[0];
    const start = match.index;
    const isLandline = number.startsWith('0');
    if (
      !isLandline &&
      !CALL_BEFORE.test(text.slice(Math.max(0, start - 16), start)) &&
      !CALL_AFTER.test(text.slice(start + number.length))
    )
      continue;
    if (start > last) pieces.push({ text: text.slice(last, start) });
    pieces.push({ number, href: telHref(number) });
    last = start + number.length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}
