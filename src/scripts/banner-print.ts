/**
 * Co-branding on banners without a server, as on posters: the name a community types replaces the
 * office's 落款 on the banner preview, is remembered in this browser, and the chosen banner is
 * printed on a page of its true size (slogans.css), which “另存为 PDF” keeps.
 */
import { readCobrand, saveCobrand } from './cobrand-store';

const form = document.querySelector<HTMLFormElement>('[data-banner-form]');
const sheets = [...document.querySelectorAll<HTMLElement>('[data-banner-sheet]')];
const names = [...document.querySelectorAll<SVGTextElement | HTMLElement>('[data-banner-name]')];

if (form && sheets.length > 0) {
  const org = form.elements.namedItem('org') as HTMLInputElement;
  const office = names[0]?.textContent?.trim() ?? '';
  const chosenKind = () => (form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? '');
  const show = () => {
    const name = org.value.trim() || office;
    for (const element of names) element.textContent = name;
    // Only the chosen banner is shown and printed; without JavaScript both are.
    for (const sheet of sheets) sheet.hidden = sheet.dataset.bannerSheet !== chosenKind();
  };
  const initial = readCobrand();
  org.value = initial.org;
  show();
  form.hidden = false;
  form.addEventListener('input', show);
  form.addEventListener('change', show);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
    saveCobrand({ ...readCobrand(), org: org.value.trim() });
    window.print();
  });
}
