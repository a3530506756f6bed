import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBrowser, launchBrowser } from '../helpers/browser';
import { serveDist } from '../helpers/serve';

const ARTICLE = '/knowledge/hand-washing/';
const PUBLIC_URL = 'https://wenming.taiyuan.example/knowledge/hand-washing/';

/**
 * Replaces the browser's speech synthesis with a recorder offering the given voices, before any
 * script of the page runs. Headless Chromium has no voices of its own.
 */
async function fakeSpeech(browser: BrowserContext, langs: readonly string[]): Promise<void> {
  await browser.addInitScript((voiceLangs: readonly string[]) => {
    const log: { spoken: { text: string; lang: string; voice: string }[]; calls: string[] } = { spoken: [], calls: [] };
    (window as unknown as { speechLog: typeof log }).speechLog = log;
    class FakeUtterance extends EventTarget {
      lang = '';
      voice: { name: string } | null = null;
      rate = 1;
      constructor(public text: string) {
        super();
      }
    }
    const voices = voiceLangs.map((lang) => ({
      lang,
      name: `voice-${lang}`,
      default: false,
      localService: true,
      voiceURI: lang,
    }));
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => voices,
      speak: (utterance: FakeUtterance) =>
        log.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? '' }),
      pause: () => log.calls.push('pause'),
      resume: () => log.calls.push('resume'),
      cancel: () => log.calls.push('cancel'),
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  }, langs);
}

const readAloud = (page: Page) => page.getByRole('group', { name: '朗读' });

describeBrowser('reading tools on an entry page', () => {
  let site: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    site = await serveDist();
  });
  afterAll(async () => {
    await site?.close();
  });

  describe('read-aloud', () => {
    it('is hidden where the browser has no Chinese voice', async () => {
      const browser = await launchBrowser();
      await fakeSpeech(browser, ['en-US', 'de-DE']);
      const page = await browser.newPage();
      await page.goto(`${site.url}${ARTICLE}`);
      await page.waitForLoadState('load');
      expect(await page.locator('[data-read-aloud-controls]').count()).toBe(1);
      expect(await page.locator('[data-read-aloud-controls]').isVisible()).toBe(false);
      await browser.close();
    });

    it('reads the title and the article in Chinese, with play, pause, resume and stop', async () => {
      const browser = await launchBrowser();
      await fakeSpeech(browser, ['en-US', 'zh-TW', 'zh-CN']);
      const page = await browser.newPage();
      await page.goto(`${site.url}${ARTICLE}`);
      const controls = readAloud(page);
      await controls.waitFor({ state: 'visible' });

      await controls.getByRole('button', { name: '播放' }).click();
      const log = () =>
        page.evaluate(
          () =>
            (
              window as unknown as {
                speechLog: { spoken: { text: string; lang: string; voice: string }[]; calls: string[] };
              }
            ).speechLog,
        );
      const { spoken } = await log();
      expect(spoken[0]?.text).toBe('正确洗手：记住七步洗手法');
      expect(spoken.length).toBeGreaterThan(5);
      expect(spoken.every((utterance) => utterance.lang === 'zh-CN' && utterance.voice === 'voice-zh-CN')).toBe(true);
      expect(spoken.every((utterance) => utterance.text.length <= 120)).toBe(true);
      expect(spoken.map((utterance) => utterance.text).join('')).toContain('七步');
      expect(await controls.getByRole('status').textContent()).toBe('正在朗读…');

      await controls.getByRole('button', { name: '暂停' }).click();
      expect(await controls.getByRole('status').textContent()).toBe('已暂停');
      await controls.getByRole('button', { name: '播放' }).click();
      await controls.getByRole('button', { name: '停止' }).click();
      expect((await log()).calls.slice(-3)).toEqual(['pause', 'resume', 'cancel']);
      expect(await controls.getByRole('status').textContent()).toBe('');
      await browser.close();
    });
  });

  describe('with JavaScript', () => {
    let browser: BrowserContext;
    beforeAll(async () => {
      browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('sets the article text size 大 / 中 / 小 and keeps it for the next article', async () => {
      const page = await browser.newPage();
      await page.goto(`${site.url}${ARTICLE}`);
      const proseSize = () =>
        page.locator('.prose').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      const sizes = page.getByRole('group', { name: '字号' });
      const medium = await proseSize();
      expect(await sizes.getByRole('button', { name: '中' }).getAttribute('aria-pressed')).toBe('true');

      await sizes.getByRole('button', { name: '大' }).click();
      expect(await proseSize()).toBeGreaterThan(medium * 1.2);
      expect(await sizes.getByRole('button', { name: '大' }).getAttribute('aria-pressed')).toBe('true');
      expect(await sizes.getByRole('button', { name: '中' }).getAttribute('aria-pressed')).toBe('false');

      await page.goto(`${site.url}/notices/wenming-2020-1/`);
      expect(await proseSize()).toBeGreaterThan(medium * 1.2);
      expect(
        await page
          .getByRole('group', { name: '字号' })
          .getByRole('button', { name: '大' })
          .getAttribute('aria-pressed'),
      ).toBe('true');

      await page.getByRole('group', { name: '字号' }).getByRole('button', { name: '小' }).click();
      expect(await proseSize()).toBeLessThan(medium);
      expect(await proseSize()).toBeGreaterThanOrEqual(16);
      await page.getByRole('group', { name: '字号' }).getByRole('button', { name: '中' }).click();
      expect(await proseSize()).toBe(medium);
      await page.close();
    });

    it('copies the public address of the page', async () => {
      await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
      const page = await browser.newPage();
      await page.goto(`${site.url}${ARTICLE}`);
      await page.getByRole('button', { name: '复制链接' }).click();
      await expect.poll(() => page.locator('.share [role=status]').textContent()).toContain('链接已复制');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(PUBLIC_URL);
      await page.close();
    });

    it('jumps to a section from the contents list', async () => {
      const page = await browser.newPage();
      await page.goto(`${site.url}/notices/wenming-2020-1/`);
      // Closed at first, so the text starts on a phone's first screen.
      await page.getByText(/^目录/).click();
      const contents = page.getByRole('navigation', { name: '目录' });
      await contents.getByRole('link', { name: '三、工作要求' }).click();
      expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#三工作要求');
      const top = await page
        .locator('h2', { hasText: '三、工作要求' })
        .evaluate((heading) => heading.getBoundingClientRect().top);
      expect(Math.abs(top)).toBeLessThan(5);
      await page.close();
    });
  });

  describe('without JavaScript', () => {
    it('shows no control that would not work, and still the address and its QR code', async () => {
      const browser = await launchBrowser({ javaScriptEnabled: false });
      const page = await browser.newPage();
      await page.goto(`${site.url}${ARTICLE}`);
      for (const name of ['长辈模式', '大', '播放', '复制链接']) {
        expect(await page.getByRole('button', { name, exact: true }).isVisible(), name).toBe(false);
      }
      expect(await page.locator('.share').getByText(PUBLIC_URL).isVisible()).toBe(true);
      expect(await page.getByRole('img', { name: '本页地址的二维码' }).isVisible()).toBe(true);
      await browser.close();
    });
  });
});
