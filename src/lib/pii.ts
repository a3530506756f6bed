/**
 * Personal identifiers that must never be published: the plan asks for care for patients and
 * isolated people, whose data must not reach the site. Official numbers (hotlines in settings)
 * are allowed by the caller.
 */

export type PersonalDataKind = '居民身份证号码' | '手机号码' | '银行卡号';

export interface PersonalDataMatch {
  readonly kind: PersonalDataKind;
  readonly value: string;
  /** Offset of the match in the text. */
  readonly index: number;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 check digit of an 18-character resident ID. */
export function isValidResidentId(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const sum = ID_WEIGHTS.reduce((total, weight, index) => total + weight * Number(id[index]), 0);
  return ID_CHECK[sum % 11] === id[17]!.toUpperCase();
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

// Digit runs not glued to other digits; spaces or hyphens inside a number are allowed.
const ID_PATTERN = /(?<![\dA-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/g;
const MOBILE_PATTERN = /(?<![\d])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)/g;
const CARD_PATTERN = /(?<![\d])(?:\d[ -]?){15,18}\d(?!\d)/g;

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** Every personal identifier in `text` except the allowed (official) numbers. */
export function findPersonalData(text: string, allowedNumbers: readonly string[] = []): PersonalDataMatch[] {
  const allowed = new Set(allowedNumbers.map(digitsOf));
  const found: PersonalDataMatch[] = [];
  const taken = new Set<number>();
  const add = (kind: PersonalDataKind, match: RegExpMatchArray) => {
    if (allowed.has(digitsOf(match[0])) || taken.has(match.index!)) return;
    taken.add(match.index!);
    found.push({ kind, value: match[0], index: match.index! });
  };
  for (const match of text.matchAll(ID_PATTERN)) if (isValidResidentId(match[0])) add('居民身份证号码', match);
  for (const match of text.matchAll(MOBILE_PATTERN)) add('手机号码', match);
  for (const match of text.matchAll(CARD_PATTERN)) {
    const digits = digitsOf(match[0]);
    if (digits.length >= 16 && digits.length <= 19 && luhn(digits) && !isValidResidentId(digits)) add('银行卡号', match);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** `138****5678`: enough to find the number in the file, not enough to repeat it in a log. */
export const maskNumber = (value: string): string => {
  const digits = digitsOf(value);
  return digits.length <= 7 ? '*'.repeat(digits.length) : `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
};
