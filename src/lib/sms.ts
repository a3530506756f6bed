/**
 * SMS length by the GSM 03.38 / 3GPP TS 23.038 rules operators bill by: a message that is all
 * GSM-7 characters holds 160 per SMS (153 per part when split); any other character (Chinese
 * included) switches the whole message to UCS-2, 70 per SMS and 67 per part. UCS-2 counts UTF-16
 * code units, so an emoji or a character outside the Basic Multilingual Plane counts twice.
 */

const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Extension-table characters take two septets each. */
const GSM7_EXTENDED = '^{}\\[~]|€\f';

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsLength {
  readonly encoding: SmsEncoding;
  /** Characters as a reader counts them (code points). */
  readonly characters: number;
  /** Units the operator counts: septets for GSM-7, UTF-16 code units for UCS-2. */
  readonly units: number;
  /** Number of SMS the message is sent as. */
  readonly segments: number;
  /** Units one SMS holds in this encoding. */
  readonly singleLimit: number;
}

export function smsEncoding(message: string): SmsEncoding {
  for (const char of message) {
    if (!GSM7_BASIC.includes(char) && !GSM7_EXTENDED.includes(char)) return 'UCS-2';
  }
  return 'GSM-7';
}

/** Units one character takes: a surrogate pair is two UTF-16 units, a GSM-7 escape two septets. */
const unitsOf = (char: string, encoding: SmsEncoding): number =>
  encoding === 'UCS-2' ? char.length : GSM7_EXTENDED.includes(char) ? 2 : 1;

/**
 * Parts of a split message. Phones never cut a character in two across parts (a surrogate pair or
 * an escape sequence moves whole to the next part), so a part may hold one unit less than `part`.
 */
function countParts(sizes: readonly number[], part: number): number {
  let parts = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > part) {
      parts += 1;
      used = 0;
    }
    used += size;
  }
  return parts;
}

/** Length and number of segments of a complete message (signature included). */
export function smsLength(message: string): SmsLength {
  const encoding = smsEncoding(message);
  const sizes = [...message].map((char) => unitsOf(char, encoding));
  const units = sizes.reduce((sum, size) => sum + size, 0);
  const [single, part] = encoding === 'UCS-2' ? [70, 67] : [160, 153];
  const segments = units === 0 ? 0 : units <= single ? 1 : countParts(sizes, part);
  return { encoding, characters: sizes.length, units, segments, singleLimit: single };
}

/** The text as the phone shows it: the sender signature first, as Chinese operators require. */
export function withSignature(text: string, signature: string): string {
  return `${signature}${text.trim()}`;
}
