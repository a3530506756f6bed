import { expect, it } from 'vitest';
import { ENHANCED_CONTRAST, WCAG_AA, axeViolations } from '../helpers/axe';
import { describeBrowser, launchBrowser } from '../helpers/browser';
import { serveDist } from '../helpers/serve';
import { siteInBrowser } from '../helpers/site-browser';
import { TEMPLATE_PAGES } from '../helpers/templates';

/** A phone and a desktop in the normal style, and a phone in 长辈模式, which also has to reach 7:1 contrast. */
const MODES = [
  { name: 'normal, 360 px', viewport: { width: 360, height: 740 }, elder: false },
  { name: 'normal, 1280 px', viewport: { width: 1280, height: 800 }, elder: false },
  { name: '长辈模式, 360 px', viewport: { width: 360, height: 740 }, elder: true },
] as const;

for (const mode of MODES) {
  describeBrowser(`axe-core finds nothing on any template (${mode.name})`, () => {
    const site = siteInBrowser({ viewport: mode.viewport }, { elder: mode.elder });

    it.each(TEMPLATE_PAGES)('%s', async (path) => {
      const page = await site.browser.newPage();
      await page.goto(`${site.url}${path}`);
      expect(await page.evaluate(() => document.documentElement.classList.contains('elder-mode'))).toBe(mode.elder);
      const violations = await axeViolations(page, WCAG_AA);
      if (mode.elder) violations.push(...(await axeViolations(page, ENHANCED_CONTRAST)));
      expect(violations).toEqual([]);
      await page.close();
    });
  });
}

describeBrowser('the axe-core check itself', () => {
  it('reports a violation when there is one (a button without a name; text at 5.7:1, enough for AA, not for 长辈模式)', async () => {
    const site = await serveDist();
    const browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
    try {
      const page = await browser.newPage();
      await page.goto(`${site.url}/`);
      await page.evaluate(() => {
        const main = document.querySelector('main')!;
        main.insertAdjacentHTML('beforeend', '<p>灰色小字</p><button type="button"></button>');
      });
      await page.addStyleTag({ content: 'main > p:last-of-type { color: #666 !important; }' });
      expect((await axeViolations(page, WCAG_AA)).join('\n')).toContain('button-name');
      expect((await axeViolations(page, ENHANCED_CONTRAST)).join('\n')).toContain('color-contrast-enhanced');
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
