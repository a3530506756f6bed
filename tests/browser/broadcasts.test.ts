import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptText } from '../../src/lib/broadcast-text';
import { describeBrowser, launchBrowser } from '../helpers/browser';
import { readCollection } from '../helpers/content';
import { pdfText } from '../helpers/pdf';
import { SITE } from '../helpers/posters';
import { serveDist } from '../helpers/serve';

/** 广播稿 pages in Chromium: 朗读 reads the script, the lines of a rhyme stay lines, printing and the first screen. */
const RHYME = readCollection('broadcasts').find((entry) => entry.id === 'red-white-events')!;
const PROSE = readCollection('broadcasts').find((entry) => entry.id === 'wash-hands-masks')!;
const linesOf = (body: string) => scriptText(body).split('\n').filter(Boolean);

describeBrowser('广播稿 pages in Chromium', () => {
  let site: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    site = await serveDist();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('朗读 reads the title and then the whole script, line by line', async () => {
    const browser = await launchBrowser();
    // Headless Chromium has no voices: a recorder stands in for the speech engine, with a Chinese voice.
    await browser.addInitScript(() => {
      const spoken: string[] = [];
      (window as unknown as { spoken: string[] }).spoken = spoken;
      class Utterance extends EventTarget {
        lang = '';
        voice = null;
        rate = 1;
        constructor(public text: string) {
          super();
        }
      }
      const voices = [{ lang: 'zh-CN', name: 'zh', default: true, localService: true, voiceURI: 'zh' }];
      const synth = Object.assign(new EventTarget(), {
        getVoices: () => voices,
        speak: (utterance: Utterance) => spoken.push(utterance.text),
        pause() {},
        resume() {},
        cancel() {},
      });
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    });
    const page = await browser.newPage();
    await page.goto(`${site.url}/broadcasts/${RHYME.id}/`);
    const controls = page.getByRole('group', { name: '朗读' });
    await controls.waitFor({ state: 'visible' });
    await controls.getByRole('button', { name: '播放' }).click();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    // The heading first (with its 示例 badge, as on every sample entry), white space folded as the speech engine gets it.
    expect(spoken[0]!.replace(/\s+/g, '')).toMatch(
      new RegExp(
        `^${String(RHYME.data.title)
          .replace(/\s+/g, '')
          .replace(/[()（）]/g, '.')}`,
      ),
    );
    // Every line of the rhyme, in order, and nothing of the page around it (no summary, facts or downloads).
    const lines = linesOf(RHYME.body);
    expect(spoken.slice(1).join('')).toBe(lines.join(''));
    expect(spoken.join('')).not.toContain('下载');
    expect(spoken.join('')).not.toContain(String(RHYME.data.summary));
    await browser.close();
  });

  describe('on a 360 px phone', () => {
    let browser: BrowserContext;
    beforeAll(async () => {
      browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
    });
    afterAll(async () => {
      await browser?.close();
    });

    for (const elder of [false, true]) {
      it(`shows the title, the length and the first line of the script on the first screen${elder ? ' in 长辈模式' : ''}`, async () => {
        const page = await browser.newPage();
        if (elder) await page.addInitScript(() => window.localStorage.setItem('elder-mode', 'on'));
        await page.goto(`${site.url}/broadcasts/${RHYME.id}/`);
        const facts = await page.evaluate(() => {
          const bottom = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().bottom;
          const first = document.querySelector('[data-entry-body] p')!;
          const lineHeight = parseFloat(getComputedStyle(first).lineHeight);
          return {
            time: bottom('[data-broadcast-time]'),
            firstLine: first.getBoundingClientRect().top + lineHeight,
            lines: first.getClientRects().length,
            height: first.getBoundingClientRect().height,
            lineHeight,
          };
        });
        expect(facts.time).toBeLessThan(740);
        expect(facts.firstLine).toBeLessThan(740);
        // Two lines of the rhyme in its first paragraph are shown as two lines (or more, wrapped), never run together.
        expect(facts.height / facts.lineHeight).toBeGreaterThanOrEqual(1.9);
        await page.close();
      });
    }

    it('keeps each line of the rhyme on a line of its own', async () => {
      const page = await browser.newPage();
      await page.goto(`${site.url}/broadcasts/${RHYME.id}/`);
      const shown = await page.locator('[data-entry-body]').evaluate((element) => (element as HTMLElement).innerText);
      expect(
        shown
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      ).toEqual(linesOf(RHYME.body));
      await page.close();
    });
  });

  it('prints a script with its length and its address, without the downloads or the site around it', async () => {
    const browser = await launchBrowser({ viewport: { width: 1024, height: 800 } });
    const page = await browser.newPage();
    await page.goto(`${site.url}/broadcasts/${PROSE.id}/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.broadcast-downloads').isVisible()).toBe(false);
    expect(await page.locator('[data-broadcast-facts]').isVisible()).toBe(true);
    const printed = (await pdfText(await page.pdf({ format: 'A4' }))).join('').replace(/\s+/g, '');
    expect(printed).toContain(String(PROSE.data.title).replace(/\s+/g, ''));
    expect(printed).toContain(scriptText(PROSE.body).replace(/\s+/g, ''));
    expect(printed).toMatch(/\d+字/);
    expect(printed).toContain(`${SITE}/broadcasts/${PROSE.id}/`);
    for (const chrome of ['下载广播稿', '大字版（A4PDF）', '跳到正文', '网站地图'])
      expect(printed, chrome).not.toContain(chrome);
    await browser.close();
  });

  it('prints the list with the length of each script and the page’s address', async () => {
    const browser = await launchBrowser({ viewport: { width: 1024, height: 800 } });
    const page = await browser.newPage();
    await page.goto(`${site.url}/broadcasts/`);
    await page.emulateMedia({ media: 'print' });
    const printed = (await pdfText(await page.pdf({ format: 'A4' }))).join('').replace(/\s+/g, '');
    expect(printed).toContain(`${SITE}/broadcasts/`);
    expect(printed).toMatch(/顺口溜·适用：村·\d+字·播读约/);
    expect(printed).toMatch(/打印日期：\d{4}年\d{1,2}月\d{1,2}日/);
    await browser.close();
  });
});
