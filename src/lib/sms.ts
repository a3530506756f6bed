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

/** Length and number of segments of a complete message (signature included). */
export function smsLength(message: string): SmsLength {
  const encoding = smsEncoding(message);
  const characters = [...message].length;
  const units =
    encoding === 'UCS-2'
      ? message.length
      : [...message].reduce((sum, char) => sum + (GSM7_EXTENDED.includes(char) ? 2 : 1), 0);
  const [single, part] = encoding === 'UCS-2' ? [70, 67] : [160, 153];
  const segments = units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / part);
  return { encoding, characters, units, segments, singleLimit: single };
}

/** The text as the phone shows it: the sender signature first, as Chinese operators require. */
export function withSignature(text: string, signature: string): string {
  return `${signature}${text.trim()}`;
}
