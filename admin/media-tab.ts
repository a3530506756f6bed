/**
 * Hides the 媒体 button of Decap's top bar. The media library opened from there uploads straight
 * to the published branch, past the editorial workflow's review: Decap commits an upload made
 * outside an entry at once. Images are uploaded from the entry's own image fields (or the body's
 * image button) instead, so they travel with the entry's draft and are published with it.
 * Also hides the “UTC” Decap writes beside every date box.
 */
export function hideStandaloneMediaLibrary(label: string): void {
  const hide = () => {
    for (const button of document.querySelectorAll<HTMLElement>('header nav button')) {
      if (button.textContent?.trim() === label) {
        const item = button.closest('li');
        // Hidden, not removed: React still owns the element.
        if (item) item.hidden = true;
      }
    }
    // The “UTC” beside date boxes: the site's dates are calendar days, with no time to zone.
    for (const input of document.querySelectorAll<HTMLInputElement>('input[type="date"]')) {
      for (const sibling of input.parentElement?.children ?? []) {
        if (sibling instanceof HTMLSpanElement && sibling.textContent?.trim() === 'UTC') sibling.hidden = true;
      }
    }
  };
  new MutationObserver(hide).observe(document.body, { childList: true, subtree: true });
  hide();
}
