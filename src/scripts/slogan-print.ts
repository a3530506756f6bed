/**
 * Co-branding on banners and wall slogans without a server, as on posters: the name a community
 * types replaces the office's 落款 on the sheets, is remembered in this browser, and the sheets are
 * printed on pages of their true size (slogans.css), which “另存为 PDF” keeps. On the banner page
 * only the chosen banner (`kind`) is shown and printed; the wall page prints all its sheets.
 */
import { readCobrand, saveCobrand } from './cobrand-store';

const form = document.querySelector<HTMLFormElement>('[data-cobrand-form]');
const sheets = [...document.querySelectorAll<HTMLElement>('[data-print-sheet]')];
const names = [...document.querySelectorAll<SVGElement | HTMLElement>('[data-cobrand-name]')];

if (form && sheets.length > 0) {
  const org = form.elements.namedItem('org') as HTMLInputElement;
  const office = names[0]?.textContent?.trim() ?? '';
  const chosenKind = () => form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value;
  const show = () => {
    const name = org.value.trim() || office;
    for (const element of names) element.textContent = name;
    // Without JavaScript every sheet is shown and printed.
    const kind = chosenKind();
    if (kind !== undefined) for (const sheet of sheets) sheet.hidden = sheet.dataset.printSheet !== kind;
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
