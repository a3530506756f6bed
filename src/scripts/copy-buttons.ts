/**
 * Progressive enhancement: a “复制” button after every element marked `data-copy`. Without
 * JavaScript the text stays on the page to select by hand, and no button is shown that could not work.
 */

const liveRegion = document.createElement('p');
liveRegion.className = 'visually-hidden';
liveRegion.setAttribute('role', 'status');
document.body.append(liveRegion);

const announce = (message: string) => {
  liveRegion.textContent = '';
  // A fresh text node so that screen readers announce the same message twice in a row.
  requestAnimationFrame(() => (liveRegion.textContent = message));
};

/** Selects the text so the reader can copy it by hand where the clipboard is not available. */
function selectText(element: Element) {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

for (const source of document.querySelectorAll<HTMLElement>('[data-copy]')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = '复制';
  button.setAttribute('aria-label', `复制${source.dataset.copy || '文字'}`);
  button.addEventListener('click', async () => {
    const text = source.textContent?.trim() ?? '';
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = '已复制';
      announce('已复制到剪贴板');
      setTimeout(() => (button.textContent = '复制'), 2000);
    } catch {
      selectText(source);
      announce('无法自动复制，文字已选中，请长按或按 Ctrl+C 复制');
    }
  });
  // Code sits in a <pre>; the button goes after the block, not inside the preformatted text.
  (source.closest('pre') ?? source).after(button);
}

// A module, so that its names stay out of the global scope.
export {};
