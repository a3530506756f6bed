/**
 * The reader's display choices, kept in localStorage so they last across pages and visits.
 * src/scripts/apply-reading-preferences.js applies them before the first paint with the same keys.
 */

export const ELDER_MODE_KEY = 'elder-mode';
/** Class on <html> while 长辈模式 is on. */
export const ELDER_MODE_CLASS = 'elder-mode';

export const TEXT_SIZE_KEY = 'text-size';
export const TEXT_SIZES = ['small', 'medium', 'large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
/** Attribute on <html> holding the chosen article text size; absent means medium. */
export const TEXT_SIZE_ATTRIBUTE = 'data-text-size';

/** Saves a choice; null forgets it. Returns false when the browser refuses to store it. */
export function savePreference(key: string, value: string | null): boolean {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
    return true;
  } catch {
    // The choice still applies to this page; it just will not be remembered.
    return false;
  }
}
