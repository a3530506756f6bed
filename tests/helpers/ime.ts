import type { CDPSession, Page } from 'playwright-core';

const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F]/;

/** Waits until the page has rendered twice, so the editor has taken in the last change. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

/**
 * Types text the way a Chinese input method delivers it: every Chinese character or full-width
 * sign arrives through a composition (pinyin grows letter by letter, then the character is
 * committed), the rest as key presses. Editors with IME bugs lose or double characters here,
 * which plain `fill()` would hide.
 *
 * A person picks one character at a time and never starts the next composition before the
 * previous character is on screen; the helper waits for the same, so a slow machine does not
 * turn a render still in flight into a spurious "pinyin left in the text" failure.
 */
export async function typeWithIme(page: Page, cdp: CDPSession, text: string): Promise<void> {
  for (const char of text) {
    await settle(page);
    if (WIDE.test(char)) {
      for (const pinyin of ['p', 'pi', 'pin']) {
        await cdp.send('Input.imeSetComposition', {
          text: pinyin,
          selectionStart: pinyin.length,
          selectionEnd: pinyin.length,
        });
      }
      await cdp.send('Input.insertText', { text: char });
    } else {
      await page.keyboard.type(char);
    }
  }
  await settle(page);
}
