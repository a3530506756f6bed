/**
 * Personal data that must never be published: the plan asks for care for patients and isolated
 * people, whose data must not reach the site. Official numbers and addresses (hotlines and the
 * contact in settings) are allowed by the caller.
 *
 * Text is normalised before matching, so what a reader would recognise as a number is matched as
 * one: NFKC turns full-width digits (`１３８…`) and signs into ASCII, and digits separated by spaces
 * (also the ideographic space U+3000 and the non-breaking space), hyphens, dots, slashes or brackets
 * count as one number (`138 1234 5678`, `110101-19900307-4518`, `(0351)12345678`).
 */

export type PersonalDataKind = '居民身份证号码' | '手机号码' | '银行卡号' | '固定电话号码' | '电子邮箱' | '家庭住址';

export interface PersonalDataMatch {
  readonly kind: PersonalDataKind;
  /** Identifiers that must never be published are errors; what may be official (a landline, an e-mail, an address) is a warning. */
  readonly severity: 'error' | 'warning';
  /** The match as written in the text. */
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

/** Province-level codes, the first two digits of every resident ID. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82, 83, 91,
]);

const isRealDay = (year: number, month: number, day: number): boolean => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/**
 * An 18-character resident ID with a real region and birth date, whatever its check digit: a typo in
 * the last digit still publishes the person's birthday and home region, and most of the number.
 */
export function looksLikeResidentId(digits: string): boolean {
  if (/^\d{17}[\dXx]$/.test(digits)) {
    const year = Number(digits.slice(6, 10));
    return (
      PROVINCES.has(Number(digits.slice(0, 2))) &&
      year >= 1900 &&
      year <= 2099 &&
      isRealDay(year, Number(digits.slice(10, 12)), Number(digits.slice(12, 14)))
    );
  }
  // The first-generation 15-digit ID: region, YYMMDD (19YY), sequence.
  if (/^\d{15}$/.test(digits)) {
    return (
      PROVINCES.has(Number(digits.slice(0, 2))) &&
      isRealDay(1900 + Number(digits.slice(6, 8)), Number(digits.slice(8, 10)), Number(digits.slice(10, 12)))
    );
  }
  return false;
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

const isMobile = (digits: string) => /^(?:0086|86)?1[3-9]\d{9}$/.test(digits);
/** Mainland landline with its area code: 010/02X + 8 digits, or 0XXX + 7 or 8 digits (optionally after 86 / 0086). */
const isLandline = (digits: string) =>
  /^(?:0(?:10|2\d)\d{8}|0[3-9]\d{2}\d{7,8})$/.test(
    /^(?:0086|86)[1-9]/.test(digits) ? `0${digits.replace(/^(?:0086|86)/, '')}` : digits,
  );

function numberKind(groups: readonly string[]): PersonalDataKind | undefined {
  const digits = groups.join('');
  if (looksLikeResidentId(digits)) return '居民身份证号码';
  // Cards are written whole, in groups of four (6222 0202 …), or as 6 + the rest; other groupings are dates, counts and the like.
  const cardGrouping =
    groups.length === 1 ||
    groups.slice(0, -1).every((group) => group.length === 4) ||
    (groups.length === 2 && groups[0]!.length === 6);
  if (/^\d{16,19}$/.test(digits) && cardGrouping && luhn(digits)) return '银行卡号';
  if (isMobile(digits)) return '手机号码';
  if (isLandline(digits)) return '固定电话号码';
  return undefined;
}

/**
 * Characters that may sit between the digits of one number (on one line): whitespace (incl. U+3000 and NBSP,
 * which NFKC turns into spaces), hyphens and dashes, dots and middle dots, slashes, brackets and `+`.
 */
const SEPARATOR = /[^\S\n\r]|[\u00a0\u3000\-\u2010-\u2015\u2212\u30fc.\u00b7\u2022\u30fb/()+（）]/u;
/** At most this many separator characters between two groups of digits of the same number (`0351 - 1234567`). */
const MAX_GAP = 3;
/** The longest number looked for (a 19-digit bank card). */
const MAX_DIGITS = 19;

interface Group {
  readonly digits: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The text with each character folded by NFKC on its own (full-width digits and signs to ASCII),
 * keeping one character per original UTF-16 unit so that offsets still point into the original.
 */
export function foldWidth(text: string): string {
  // Only the forms that spell digits, letters, signs and spaces differently (full-width forms, wide
  // spaces): CJK text itself is unchanged by NFKC, and circled list numbers (①) are not digits of a number.
  return text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\uff01-\uff5e]/g, (unit) => {
    let folded = FOLDED.get(unit);
    if (folded === undefined) {
      const normal = unit.normalize('NFKC');
      folded = normal.length === 1 ? normal : unit;
      FOLDED.set(unit, folded);
    }
    return folded;
  });
}
const FOLDED = new Map<string, string>();

/** Runs of digit groups joined by separators, each group with its place in the text. */
function digitRuns(folded: string): Group[][] {
  const runs: Group[][] = [];
  let run: Group[] = [];
  let last = 0;
  for (const match of folded.matchAll(/\d+(?:[Xx](?![A-Za-z]))?/g)) {
    const start = match.index!;
    const between = folded.slice(last, start);
    const joined =
      run.length > 0 &&
      between.length <= MAX_GAP &&
      [...between].every((char) => SEPARATOR.test(char)) &&
      !/[Xx]$/.test(run.at(-1)!.digits);
    // Digits glued to letters count too (`ID110105…`, `tel13812345678`): the number is published all the same.
    if (!joined && run.length > 0) {
      runs.push(run);
      run = [];
    }
    run.push({ digits: match[0], start, end: start + match[0].length });
    last = start + match[0].length;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

const NUM = '[\\d一二三四五六七八九十百零〇两]';
const EMAIL = /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** A home: building and unit or room numbers (`3号楼2单元501室`, `5栋1单元`, `小区12号楼`, `2单元301`). */
const HOME_ADDRESS = new RegExp(
  [
    // building + unit or room: 3号楼2单元、5栋501室、十二幢3单元
    `${NUM}+\\s*(?:号楼|栋|幢|座)\\s*(?:${NUM}+\\s*单元(?:\\s*\\d+\\s*(?:室|号|户)?)?|\\d+\\s*(?:室|号|户))`,
    // unit + room: 2单元301、二单元502室
    `${NUM}+\\s*单元\\s*\\d{2,4}\\s*(?:室|号|户)?`,
    // a building of a housing estate: 阳光小区12号楼
    `小区\\s*${NUM}+\\s*(?:号楼|栋|幢|号院)(?:\\s*${NUM}+\\s*单元)?(?:\\s*\\d+\\s*(?:室|号|户))?`,
    // a house number in a village or lane: 东村38号、柳巷12号院
    `(?:村|巷|胡同)\\s*\\d+\\s*号(?!文|令)`,
  ].join('|'),
  'gu',
);

/** The digits of a number (NFKC-folded), for comparing against the allowed official numbers. */
export const digitsOf = (text: string): string =>
  foldWidth(text)
    .replace(/[^\dXx]/g, '')
    .toUpperCase();

/** What a caller allows: official numbers and e-mail addresses, as listed in settings. */
export interface Allowed {
  readonly numbers?: readonly string[];
  readonly emails?: readonly string[];
}

/** Every personal identifier in `text` except the allowed (official) numbers and e-mail addresses. */
export function findPersonalData(text: string, allowed: readonly string[] | Allowed = []): PersonalDataMatch[] {
  const { numbers = [], emails = [] } = Array.isArray(allowed)
    ? { numbers: allowed as readonly string[] }
    : (allowed as Allowed);
  const allowedNumbers = new Set(numbers.map(digitsOf).filter(Boolean));
  const allowedEmails = new Set(emails.map((email) => foldWidth(email).trim().toLowerCase()));
  const folded = foldWidth(text);
  const found: PersonalDataMatch[] = [];

  for (const run of digitRuns(folded)) {
    for (let first = 0; first < run.length;) {
      let matched = false;
      // The longest number starting at this group wins (an ID before the phone number inside it).
      let digits = '';
      let last = first;
      while (last < run.length && (digits + run[last]!.digits).length <= MAX_DIGITS) digits += run[last++]!.digits;
      for (let end = last; end > first; end--) {
        const groups = run.slice(first, end).map((group) => group.digits);
        const candidate = groups.join('');
        const kind = numberKind(groups);
        if (!kind) continue;
        const start = run[first]!.start;
        const stop = run[end - 1]!.end;
        if (!allowedNumbers.has(candidate.toUpperCase()) && !allowedNumbers.has(candidate.replace(/^(0086|86)/, ''))) {
          found.push({
            kind,
            severity: kind === '固定电话号码' ? 'warning' : 'error',
            value: text.slice(start, stop),
            index: start,
          });
        }
        first = end;
        matched = true;
        break;
      }
      if (!matched) first++;
    }
  }

  for (const match of folded.matchAll(EMAIL)) {
    if (allowedEmails.has(match[0].toLowerCase())) continue;
    found.push({
      kind: '电子邮箱',
      severity: 'warning',
      value: text.slice(match.index!, match.index! + match[0].length),
      index: match.index!,
    });
  }
  for (const match of folded.matchAll(HOME_ADDRESS)) {
    found.push({
      kind: '家庭住址',
      severity: 'warning',
      value: text.slice(match.index!, match.index! + match[0].length),
      index: match.index!,
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** `138****5678`: enough to find the number in the file, not enough to repeat it in a log. */
export const maskNumber = (value: string): string => {
  const digits = digitsOf(value).replace(/^(?:0086|86)(?=1[3-9]\d{9}$)/, '');
  return digits.length <= 7
    ? '*'.repeat(digits.length)
    : `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
};

/** How a match is shown in a message: numbers masked, e-mail addresses and addresses as written (shortened). */
export const describeMatch = (match: PersonalDataMatch): string =>
  match.kind === '电子邮箱' || match.kind === '家庭住址' ? match.value.slice(0, 40) : maskNumber(match.value);
