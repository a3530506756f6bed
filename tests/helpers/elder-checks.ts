import type { Page } from 'playwright-core';

/**
 * What 长辈模式 promises, checked on the page as rendered: every piece of text at least 24 px with
 * a line height of at least 1.5, every link or control at least 48 × 48 px (except a link of a
 * few words inside a sentence, WCAG 2.5.8's inline exception), and no sideways scrolling.
 * Returns one line per problem.
 */
export function elderModeProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (element: Element) =>
      `<${element.tagName.toLowerCase()}${element.className ? ` class="${element.className}"` : ''}> “${(element.textContent ?? '').trim().slice(0, 20)}”`;
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && !element.closest('.visually-hidden');
    };

    // Every element that shows text of its own.
    for (const element of document.body.querySelectorAll('*')) {
      const ownText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
      );
      if (!ownText || !visible(element)) continue;
      // A print sheet's preview is a picture (aria-hidden SVG): its font sizes are in the sheet's
      // units and it scales with the screen; the page says the same in text of its own.
      if (element.closest('svg[aria-hidden="true"]')) continue;
      const style = getComputedStyle(element);
      const size = parseFloat(style.fontSize);
      const lineHeight = style.lineHeight === 'normal' ? 1.2 * size : parseFloat(style.lineHeight);
      if (size < 24) found.push(`text ${size}px: ${describe(element)}`);
      if (lineHeight / size < 1.5 - 1e-6)
        found.push(`line height ${(lineHeight / size).toFixed(2)}: ${describe(element)}`);
    }

    // Every link and control, except a link that is a few words inside a sentence (WCAG's
    // inline exception): one whose block holds more than a separator of other text.
    for (const target of document.body.querySelectorAll('a[href], button, input, select, textarea, summary')) {
      if (!visible(target) || target.classList.contains('skip-link')) continue;
      const block = target.closest('p, li, dd, td, figcaption') ?? target.parentElement!;
      const otherText = (block.textContent ?? '')
        .replace(target.textContent ?? '', '')
        .replace(/[\s›·|，、：:　]/g, '');
      const inSentence = getComputedStyle(target).display === 'inline' && otherText.length > 2;
      if (inSentence) continue;
      const box = target.getBoundingClientRect();
      if (box.width < 48 - 0.5 || box.height < 48 - 0.5)
        found.push(`target ${Math.round(box.width)}×${Math.round(box.height)}: ${describe(target)}`);
    }

    if (document.documentElement.scrollWidth > window.innerWidth)
      found.push(`page is ${document.documentElement.scrollWidth}px wide`);
    return found;
  });
}
