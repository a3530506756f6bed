import type { CDPSession, Page } from 'playwright-core';

const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F]/;

/**
 * Types text the way a Chinese input method delivers it: every Chinese character or full-width
 * sign arrives through a composition (pinyin shown, then committed), the rest as key presses.
 * Editors with IME bugs lose or double characters here, which plain `fill()` would hide.
 */
export async function typeWithIme(page: Page, cdp: CDPSession, text: string): Promise<void> {
  for (const char of text) {
    if (WIDE.test(char)) {
      await cdp.send('Input.imeSetComposition', { text: 'pin', selectionStart: 3, selectionEnd: 3 });
      await cdp.send('Input.insertText', { text: char });
    } else {
      await page.keyboard.type(char);
    }
  }
}
