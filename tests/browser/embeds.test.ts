import { createServer, type Server } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser } from '../helpers/browser';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { EMBED_SANDBOX } from '../../src/lib/embed';
import { page as builtPage, readDist } from '../helpers/dist';
import { serveDist } from '../helpers/serve';

const SITE = 'https://wenming.taiyuan.example';

/** The iframe snippets as the site offers them for copying: a poster's, and a section's from /feeds/. */
const posterSnippet = () => builtPage('/posters/wear-masks/').querySelector('#poster-embed-iframe')!.text;
const sectionSnippet = () => {
  // <pre> is kept as raw text by the HTML parser: the snippet is found in it and decoded.
  const raw = [...readDist('feeds/index.html').matchAll(/<code data-copy="[^"]*"[^>]*>([\s\S]*?)<\/code>/g)].map(
    (match) => match[1]!,
  );
  return parse(`<p>${raw.find((text) => text.includes('/embed/knowledge/'))}</p>`).text;
};

/** How tall each framed page's content is and how tall its frame is, in CSS px. */
async function heights(
  page: Page,
): Promise<{ frame: number; content: number; inner: number; width: number; innerWidth: number }[]> {
  const frames = await page.$$('iframe[data-wenming-embed]');
  return Promise.all(
    frames.map(async (handle) => {
      const frame = (await handle.contentFrame())!;
      const { content, inner, innerWidth } = await frame.evaluate(() => ({
        content: Math.ceil(document.querySelector('.embed__main')!.getBoundingClientRect().bottom),
        inner: window.innerHeight,
        innerWidth: window.innerWidth,
      }));
      const width = await handle.evaluate((element) => (element as HTMLIFrameElement).clientWidth);
      return { frame: Number(await handle.getAttribute('height')), content, inner, width, innerWidth };
    }),
  );
}

/**
 * Waits until every frame has taken its new width, is as tall as its content (within 2 px), and has
 * stayed so for three reads in a row (a frame re-lays itself out a moment after the host page
 * resizes; until then old heights still agree with each other), and returns the heights.
 */
async function settled(page: Page) {
  const fits = (all: Awaited<ReturnType<typeof heights>>) =>
    all.every(
      ({ frame, content, inner, width, innerWidth }) =>
        Math.abs(frame - content) <= 2 && inner === frame && width === innerWidth,
    );
  let last = await heights(page);
  let steady = 0;
  for (let tries = 0; tries < 80; tries++) {
    await page.waitForTimeout(100);
    const next = await heights(page);
    steady = fits(next) && JSON.stringify(next) === JSON.stringify(last) ? steady + 1 : 0;
    last = next;
    if (steady >= 2) return last;
  }
  throw new Error(`frames did not settle to their content: ${JSON.stringify(last)}`);
}

describeBrowser('embeds on another site', () => {
  let site: Awaited<ReturnType<typeof serveDist>>;
  let host: Server;
  let hostUrl = '';
  let browser: BrowserContext;

  beforeAll(async () => {
    site = await serveDist();
    // A school's page on another origin, with the two snippets pasted as the site gives them.
    const html =
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>某小学</title></head>
<body style="margin:0"><h1>某小学：防疫宣传</h1>${posterSnippet()}<p>下面是最新防疫知识：</p>${sectionSnippet()}<p>页面结束</p></body></html>`.replaceAll(
        SITE,
        site.url,
      );
    host = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://localhost:${(host.address() as { port: number }).port}/`;
    browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => host?.close(resolve));
    await site?.close();
  });

  it('fit their frames to their content, growing and shrinking with it, with no blank space or inner scroll bar', async () => {
    const page = await browser.newPage();
    await page.goto(hostUrl);
    expect(new URL(hostUrl).origin).not.toBe(new URL(site.url).origin);
    await page.locator('iframe[data-wenming-embed]').last().scrollIntoViewIfNeeded();
    const phone = await settled(page);
    // The poster snippet starts at 760 px; on a phone the poster embed is shorter and the frame shrinks to it.
    expect(phone[0]!.frame).toBeLessThan(760);

    await page.setViewportSize({ width: 1280, height: 800 });
    const desktop = await settled(page);
    // Wider, the section list's lines stop wrapping: its frame shrinks.
    expect(desktop[1]!.frame).toBeLessThan(phone[1]!.frame);

    await page.setViewportSize({ width: 360, height: 740 });
    const phoneAgain = await settled(page);
    expect(phoneAgain[1]!.frame).toBeGreaterThan(desktop[1]!.frame);
    expect(phoneAgain.map(({ frame }) => frame)).toEqual(phone.map(({ frame }) => frame));
    await page.close();
  });

  it('are sandboxed alike: a frame opens its links in a new window but cannot navigate the host page', async () => {
    for (const snippet of [posterSnippet(), sectionSnippet()]) {
      expect(parse(snippet).querySelector('iframe')!.getAttribute('sandbox')).toBe(EMBED_SANDBOX);
      expect(snippet).toMatch(/<script src="[^"]+\/embed\/resize\.js" async><\/script>/);
    }
    const page = await browser.newPage();
    await page.goto(hostUrl);
    const handles = await page.$$('iframe[data-wenming-embed]');
    expect(handles).toHaveLength(2);
    const frames = [];
    for (const handle of handles) {
      await handle.scrollIntoViewIfNeeded(); // the frames load lazily
      const frame = (await handle.contentFrame())!;
      await frame.waitForSelector('.embed__main');
      frames.push(frame);
      // A click is a user activation, which Chromium requires anyway for a cross-origin frame to
      // navigate the top page: only the sandbox stands between this click and the host page.
      await frame.evaluate(() => {
        const button = document.createElement('button');
        button.id = 'take-over';
        button.textContent = 'take over';
        button.addEventListener('click', () => {
          try {
            window.top!.location.href = 'about:blank#taken';
          } catch {
            // Refused by the sandbox: what the test expects.
          }
        });
        document.body.prepend(button);
      });
      await frame.locator('#take-over').click();
      await page.waitForTimeout(300);
      expect(page.url()).toBe(hostUrl);
    }
    // A link opens a window of its own (allow-popups); it fails if the sandbox keeps popups closed.
    const popup = page.context().waitForEvent('page', { timeout: 5_000 });
    await frames[1]!.locator('a').first().click();
    await (await popup).close();
    expect(page.url()).toBe(hostUrl);
    await page.close();
  });
});

describeBrowser('the poster page’s preview', () => {
  it('loads a picture at least as wide as it is shown, on a 3× phone and on a desktop', async () => {
    const site = await serveDist();
    try {
      for (const [viewport, scale] of [
        [{ width: 360, height: 740 }, 3],
        [{ width: 1280, height: 800 }, 1],
      ] as const) {
        const browser = await launchBrowser({ viewport, deviceScaleFactor: scale });
        const page = await browser.newPage();
        await page.goto(`${site.url}/posters/wear-masks/`);
        const image = page.locator('.poster-panel__preview img');
        await expect
          .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
          .toBe(true);
        // naturalWidth is corrected for the srcset's density: the pixels are read from the picture chosen.
        const { source, shown } = await image.evaluate((img: HTMLImageElement) => ({
          source: img.currentSrc,
          shown: img.getBoundingClientRect().width,
        }));
        const pixels = (await sharp(Buffer.from(await (await fetch(source)).arrayBuffer())).metadata()).width!;
        expect(pixels, `${viewport.width} px at ${scale}×: ${source}`).toBeGreaterThanOrEqual(
          Math.min(shown * scale, 1240) * 0.95,
        );
        await browser.close();
      }
    } finally {
      await site.close();
    }
  });
});
