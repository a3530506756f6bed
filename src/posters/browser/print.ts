/**
 * Co-branding without a server: what a school or community types into the form is shown on the
 * printed poster, remembered in this browser (for the next poster), and printed with window.print().
 */
import { readCobrand as read, saveCobrand as save } from '../../scripts/cobrand-store';

const form = document.querySelector<HTMLFormElement>('[data-poster-form]');
const band = document.querySelector<HTMLElement>('[data-cobrand]');
const nameOut = document.querySelector<HTMLElement>('[data-cobrand-name]');
const contactOut = document.querySelector<HTMLElement>('[data-cobrand-contact]');

if (form && band && nameOut && contactOut) {
  const org = form.elements.namedItem('org') as HTMLInputElement;
  const contact = form.elements.namedItem('contact') as HTMLInputElement;
  const show = () => {
    nameOut.textContent = org.value.trim();
    contactOut.textContent = contact.value.trim();
    band.hidden = !org.value.trim() && !contact.value.trim();
  };
  const initial = read();
  org.value = initial.org;
  contact.value = initial.contact;
  show();
  form.hidden = false;
  form.addEventListener('input', show);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
    save({ org: org.value.trim(), contact: contact.value.trim() });
    window.print();
  });
}
