/**
 * Hides the 媒体 button of Decap's top bar. The media library opened from there uploads straight
 * to the published branch, past the editorial workflow's review: Decap commits an upload made
 * outside an entry at once. Images are uploaded from the entry's own image fields (or the body's
 * image button) instead, so they travel with the entry's draft and are published with it.
 */
export function hideStandaloneMediaLibrary(label: string): void {
  const hide = () => {
    for (const button of document.querySelectorAll<HTMLElement>('header nav button')) {
      if (button.textContent?.trim() === label) button.closest('li')?.remove();
    }
  };
  new MutationObserver(hide).observe(document.body, { childList: true, subtree: true });
  hide();
}
