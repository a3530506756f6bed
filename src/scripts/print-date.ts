/**
 * Writes the day into the print footer (PrintFooter.astro): a printed page then says when it was
 * printed. Filled in when the page opens, which is the day it is printed from.
 */
const formatted = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' }).format(
  new Date(),
);
for (const element of document.querySelectorAll<HTMLElement>('[data-print-date]')) {
  element.textContent = `打印日期：${formatted}`;
  element.hidden = false;
}
